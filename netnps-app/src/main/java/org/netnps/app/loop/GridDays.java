package org.netnps.app.loop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.core.loop.GridSeries;
import org.netnps.io.csv.CsvRecordReader;

/**
 * Daily series per grid from the hourly rows of a results directory's grids.csv: expected NPS
 * (subscriber-weighted over the day's hours), poor-session rate, data volume per subscriber-hour
 * (the DOU proxy a grid can give), complaints and revenue (the ARPU its sessions brought, see
 * analyze's DayRevenue; left out for results written before that column existed).
 */
final class GridDays {
  static final List<String> METRICS = List.of("expected_nps", "poor_rate", "mb_per_subscriber_hour", "complaints",
      "revenue");

  final LocalDate firstDay;
  final int days;
  /**
   * The first day (index) whose scores stand on a full feature window (trend.csv's full_window):
   * before it, expected NPS drifts as the window fills, by more in worse grids, so those days are
   * not compared. 0 when trend.csv is absent.
   */
  int firstFullDay;
  final Map<String, Map<String, GridSeries>> byMetric = new HashMap<>();

  private GridDays(LocalDate firstDay, int days) {
    this.firstDay = firstDay;
    this.days = days;
  }

  static GridDays read(Path results) {
    Path file = results.resolve("grids.csv");
    // grid -> day -> {npsW, subs, poor, sessions, mb, complaints, revenue}
    Map<String, double[][]> sums = new HashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    List<String[]> rows = new ArrayList<>();
    boolean hasRevenue = false;
    try (InputStream in = Files.newInputStream(file); CsvRecordReader csv = new CsvRecordReader(in, file.toString())) {
      if (!csv.next()) {
        throw new UserException(file + ": empty");
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < csv.fieldCount(); i++) {
        col.put(field(csv, i), i);
      }
      for (String c : List.of("grid_id", "hour", "subscribers", "sessions", "poor_sessions", "expected_nps", "dl_mb",
          "complaints")) {
        if (!col.containsKey(c)) {
          throw new UserException(file + ":1: missing column " + c + " (results of an older netnps?)");
        }
      }
      hasRevenue = col.containsKey("revenue");
      while (csv.next()) {
        String hour = field(csv, col.get("hour"));
        if (hour.isEmpty()) {
          continue;
        }
        String[] r = {field(csv, col.get("grid_id")), hour, field(csv, col.get("subscribers")),
            field(csv, col.get("sessions")), field(csv, col.get("poor_sessions")), field(csv, col.get("expected_nps")),
            field(csv, col.get("dl_mb")), field(csv, col.get("complaints")),
            hasRevenue ? field(csv, col.get("revenue")) : ""};
        LocalDate d = Instant.parse(hour).atZone(ZoneOffset.UTC).toLocalDate();
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
        rows.add(r);
      }
    } catch (IOException e) {
      throw new UserException(file + ": cannot read: " + e.getMessage());
    }
    if (first == null) {
      throw new UserException(file + ": no hourly rows to build daily series from");
    }
    GridDays g = new GridDays(first, (int) (last.toEpochDay() - first.toEpochDay()) + 1);
    g.firstFullDay = firstFullDay(results.resolve("trend.csv"), first);
    for (String[] r : rows) {
      int d = (int) (Instant.parse(r[1]).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay() - first.toEpochDay());
      double[] s = sums.computeIfAbsent(r[0], k -> new double[g.days][7])[d];
      double subs = number(r[2]);
      if (!r[5].isEmpty()) {
        s[0] += subs * number(r[5]);
        s[1] += subs;
      }
      s[2] += number(r[4]);
      s[3] += number(r[3]);
      s[4] += number(r[6]);
      s[5] += number(r[7]);
      s[6] += r[8].isEmpty() ? Double.NaN : number(r[8]);
    }
    List<String> metrics = hasRevenue ? METRICS : METRICS.subList(0, METRICS.size() - 1);
    for (String m : metrics) {
      g.byMetric.put(m, new HashMap<>());
    }
    sums.forEach((grid, perDay) -> {
      double[][] v = new double[METRICS.size()][g.days];
      for (int d = 0; d < g.days; d++) {
        double[] s = perDay[d];
        v[0][d] = s[1] > 0 ? s[0] / s[1] : Double.NaN;
        v[1][d] = s[3] > 0 ? s[2] / s[3] : Double.NaN;
        v[2][d] = s[1] > 0 ? s[4] / s[1] : Double.NaN;
        v[3][d] = s[3] > 0 ? s[5] : Double.NaN;
        v[4][d] = s[3] > 0 ? s[6] : Double.NaN;
      }
      for (int m = 0; m < metrics.size(); m++) {
        g.byMetric.get(metrics.get(m)).put(grid, new GridSeries(grid, v[m]));
      }
    });
    return g;
  }

  static int firstFullDay(Path trend, LocalDate first) {
    if (!Files.exists(trend)) {
      return 0;
    }
    try (InputStream in = Files.newInputStream(trend);
        CsvRecordReader csv = new CsvRecordReader(in, trend.toString())) {
      int date = -1;
      int full = -1;
      if (csv.next()) {
        for (int i = 0; i < csv.fieldCount(); i++) {
          date = field(csv, i).equals("date") ? i : date;
          full = field(csv, i).equals("full_window") ? i : full;
        }
      }
      if (date < 0 || full < 0) {
        throw new UserException(trend + ":1: missing column date or full_window");
      }
      while (csv.next()) {
        if (field(csv, full).equals("true")) {
          return (int) Math.max(0, LocalDate.parse(field(csv, date)).toEpochDay() - first.toEpochDay());
        }
      }
      return 0;
    } catch (IOException e) {
      throw new UserException(trend + ": cannot read: " + e.getMessage());
    }
  }

  private static double number(String s) {
    return s.isEmpty() ? 0 : Double.parseDouble(s);
  }

  /** Field i of the current record, as text. */
  static String field(CsvRecordReader csv, int i) {
    return new String(csv.buffer(), csv.start(i), csv.end(i) - csv.start(i), StandardCharsets.UTF_8);
  }
}
