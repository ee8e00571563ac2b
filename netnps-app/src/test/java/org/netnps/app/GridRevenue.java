package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** grids.csv's revenue column checked against the dataset it was computed from. */
final class GridRevenue {
  private GridRevenue() {}

  /**
   * The grids' revenue adds up to ARPU / 30.44 per active subscriber-day (an unknown ARPU at the
   * mean of the known ones), counted from the xDR files, and each grid's hours to its period.
   */
  static void assertReconciles(Path data, Path out) throws Exception {
    Map<String, Double> arpu = new HashMap<>();
    List<String> crm = Files.readAllLines(data.resolve("subscribers.csv"));
    assertEquals(5, List.of(crm.get(0).split(",")).indexOf("arpu"));
    double known = 0;
    int n = 0;
    for (String r : crm.subList(1, crm.size())) {
      String[] f = r.split(",", -1);
      arpu.put(f[0], f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5]));
      known += f[5].isEmpty() ? 0 : Double.parseDouble(f[5]);
      n += f[5].isEmpty() ? 0 : 1;
    }
    double mean = known / n;
    Set<String> activeDays = new HashSet<>();
    try (var files = Files.list(data.resolve("xdr"))) {
      for (Path file : files.toList()) {
        try (var in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
          in.lines().skip(1).forEach(l -> {
            String[] f = l.split(",", 4);
            activeDays.add(f[2] + "@" + f[0].substring(0, 10));
          });
        }
      }
    }
    double expected = 0;
    for (String d : activeDays) {
      double a = arpu.get(d.substring(0, d.indexOf('@')));
      expected += (Double.isNaN(a) ? mean : a) / 30.44;
    }
    double period = 0;
    double hourly = 0;
    List<String> grids = Files.readAllLines(out.resolve("grids.csv"));
    for (String g : grids.subList(1, grids.size())) {
      String[] f = g.split(",", -1);
      if (f[3].isEmpty()) {
        period += Double.parseDouble(f[21]);
      } else {
        hourly += Double.parseDouble(f[21]);
      }
    }
    assertTrue(activeDays.size() > 10_000, "subscriber-days: " + activeDays.size());
    assertEquals(expected, period, expected * 1e-4, "a day of ARPU per active subscriber-day, all of it placed");
    assertEquals(period, hourly, period * 1e-4, "a grid's hours add up to its period");
  }
}
