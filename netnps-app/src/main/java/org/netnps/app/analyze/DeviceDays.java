package org.netnps.app.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.netnps.core.domain.Service;
import org.netnps.core.experience.DayField;
import org.netnps.core.qoe.PoorReason;
import org.netnps.io.scan.CustomerRecords;
import org.netnps.io.scan.ScanResult;

/**
 * Each device model's users day by day (devices.csv): how many were seen by then and their expected
 * NPS as of that day (the daily scores, as grids.csv's hours have them), how many were active,
 * their sessions, poor sessions, calls and calls lost (failed or dropped: what a device's fault
 * shows as), downlink volume, network complaints and the revenue of their active days. What a
 * device campaign changes is measured on these cohorts: the model's users against other models'
 * users (docs/loop.md). Models with fewer than the minimum group of scored subscribers are left
 * out.
 */
final class DeviceDays {
  /** One device model on one day. */
  record Row(LocalDate date, String deviceModel, int subscribers, int active, long sessions, long poorSessions,
      long calls, long callsLost, double expectedNps, double dlMb, long complaints, double revenue) {}

  private DeviceDays() {}

  static List<Row> of(ScanResult scan, ScoredBase base, DailyScores daily, int minGroup) {
    CustomerRecords crm = scan.customers();
    Map<String, List<Integer>> rowsByModel = new TreeMap<>();
    for (int i = 0; i < base.size(); i++) {
      CustomerRecords.Row c = crm.row(base.subscribers()[i]);
      if (c != null && c.deviceModel() != null) {
        rowsByModel.computeIfAbsent(c.deviceModel(), m -> new ArrayList<>()).add(i);
      }
    }
    DayRevenue revenue = DayRevenue.of(scan);
    List<Row> out = new ArrayList<>();
    for (int day = daily.firstDay(); day < daily.firstDay() + daily.days(); day++) {
      for (Map.Entry<String, List<Integer>> model : rowsByModel.entrySet()) {
        if (model.getValue().size() >= minGroup) {
          out.add(cohort(scan, base, daily, revenue, day, model.getKey(), model.getValue()));
        }
      }
    }
    return out;
  }

  private static Row cohort(ScanResult scan, ScoredBase base, DailyScores daily, DayRevenue revenue, int day,
      String model, List<Integer> rows) {
    double f = 0;
    int seen = 0;
    int active = 0;
    long sessions = 0;
    long poor = 0;
    long calls = 0;
    long lost = 0;
    double mb = 0;
    long complaints = 0;
    double money = 0;
    for (int i : rows) {
      double fi = daily.f(day, i);
      if (!Double.isNaN(fi)) {
        f += fi;
        seen++;
      }
      int s = base.subscribers()[i];
      float[] c = scan.profiles()[s].day(day);
      long n = (long) DayField.allServices(c, 0, DayField.SESSIONS);
      if (n > 0) {
        active++;
        sessions += n;
        poor += (long) DayField.allServices(c, 0, DayField.POOR);
        calls += (long) c[DayField.SESSIONS + Service.VOICE.ordinal()];
        lost += (long) (c[DayField.REASON + PoorReason.CALL_FAILED.ordinal()]
            + c[DayField.REASON + PoorReason.CALL_DROPPED.ordinal()]);
        mb += c[DayField.DL_MB];
        money += revenue.perActiveDay(s);
      }
      complaints += (long) c[DayField.COMPLAINTS_NETWORK];
    }
    return new Row(LocalDate.ofEpochDay(day), model, seen, active, sessions, poor, calls, lost,
        seen == 0 ? Double.NaN : 100 * f / seen, mb, complaints, money);
  }
}
