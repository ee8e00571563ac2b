package org.netnps.app.loop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.core.loop.GridSeries;
import org.netnps.io.csv.CsvRecordReader;

/**
 * Daily series per device model from a results directory's devices.csv: the model's users' expected
 * NPS, their poor-session rate, the share of their calls lost (failed or dropped), downlink MB per
 * active user (DOU), network complaints per 1,000 users and revenue per user. A device campaign is
 * verified on these cohorts, as a grid action is on grids ({@link GridDays}).
 */
final class DeviceCohorts {
  static final List<String> METRICS = List.of("expected_nps", "poor_rate", "call_loss_rate",
      "mb_per_active_subscriber", "complaints_per_1000", "revenue_per_subscriber");
  private static final List<String> COLUMNS = List.of("date", "device_model", "subscribers", "active_subscribers",
      "sessions", "poor_sessions", "calls", "calls_lost", "expected_nps", "dl_mb", "complaints", "revenue");

  final LocalDate firstDay;
  final int days;
  /** Metric -> device model -> daily series; models in file order. */
  final Map<String, Map<String, GridSeries>> byMetric = new LinkedHashMap<>();

  private DeviceCohorts(LocalDate firstDay, int days) {
    this.firstDay = firstDay;
    this.days = days;
  }

  static DeviceCohorts read(Path results) {
    Path file = results.resolve("devices.csv");
    if (!Files.exists(file)) {
      throw new UserException(file + ": missing (results of an older netnps?): device campaigns are verified on it");
    }
    List<String[]> rows = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    try (InputStream in = Files.newInputStream(file); CsvRecordReader csv = new CsvRecordReader(in, file.toString())) {
      Map<String, Integer> col = new HashMap<>();
      if (csv.next()) {
        for (int i = 0; i < csv.fieldCount(); i++) {
          col.put(GridDays.field(csv, i), i);
        }
      }
      for (String c : COLUMNS) {
        if (!col.containsKey(c)) {
          throw new UserException(file + ":1: missing column " + c);
        }
      }
      while (csv.next()) {
        String[] r = new String[COLUMNS.size()];
        for (int i = 0; i < r.length; i++) {
          r[i] = GridDays.field(csv, col.get(COLUMNS.get(i)));
        }
        LocalDate d = LocalDate.parse(r[0]);
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
        rows.add(r);
      }
    } catch (IOException e) {
      throw new UserException(file + ": cannot read: " + e.getMessage());
    }
    if (first == null) {
      throw new UserException(file + ": no rows (no device model has enough subscribers)");
    }
    DeviceCohorts c = new DeviceCohorts(first, (int) (last.toEpochDay() - first.toEpochDay()) + 1);
    Map<String, double[][]> values = new LinkedHashMap<>();   // model -> metric -> day
    for (String[] r : rows) {
      int d = (int) (LocalDate.parse(r[0]).toEpochDay() - first.toEpochDay());
      double[][] v = values.computeIfAbsent(r[1], m -> nanSeries(METRICS.size(), c.days));
      double subscribers = number(r[2]);
      double active = number(r[3]);
      double sessions = number(r[4]);
      double calls = number(r[6]);
      v[0][d] = number(r[8]);
      v[1][d] = sessions > 0 ? number(r[5]) / sessions : Double.NaN;
      v[2][d] = calls > 0 ? number(r[7]) / calls : Double.NaN;
      v[3][d] = active > 0 ? number(r[9]) / active : Double.NaN;
      v[4][d] = subscribers > 0 ? 1000 * number(r[10]) / subscribers : Double.NaN;
      v[5][d] = subscribers > 0 ? number(r[11]) / subscribers : Double.NaN;
    }
    for (int m = 0; m < METRICS.size(); m++) {
      Map<String, GridSeries> series = new LinkedHashMap<>();
      for (Map.Entry<String, double[][]> e : values.entrySet()) {
        series.put(e.getKey(), new GridSeries(e.getKey(), e.getValue()[m]));
      }
      c.byMetric.put(METRICS.get(m), series);
    }
    return c;
  }

  private static double[][] nanSeries(int metrics, int days) {
    double[][] v = new double[metrics][days];
    for (double[] m : v) {
      Arrays.fill(m, Double.NaN);
    }
    return v;
  }

  /** A number, NaN when empty (revenue without ARPU, expected NPS before anyone was seen). */
  private static double number(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }
}
