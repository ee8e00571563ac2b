package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** devices.csv checked against the dataset it was computed from. */
final class DeviceCohortCounts {
  private DeviceCohortCounts() {}

  /**
   * Per device model and day: the sessions of the model's users and how many of them had any,
   * counted from the xDR files, and the revenue of those active days (ARPU / 30.44 each).
   */
  static void assertReconciles(Path data, Path out) throws Exception {
    Map<String, String> model = new HashMap<>();
    Map<String, Double> arpu = new HashMap<>();
    List<String> crm = Files.readAllLines(data.resolve("subscribers.csv"));
    assertEquals(List.of("subscriber_id", "plan", "device_model"), List.of(crm.get(0).split(",")).subList(0, 3));
    for (String r : crm.subList(1, crm.size())) {
      String[] f = r.split(",", -1);
      model.put(f[0], f[2]);
      arpu.put(f[0], Double.parseDouble(f[5]));
    }
    Map<String, long[]> sessions = new HashMap<>();   // model@date -> sessions
    Map<String, long[]> calls = new HashMap<>();      // model@date -> {voice sessions, failed or dropped}
    Set<String> activeDays = new HashSet<>();        // subscriber@date
    try (var files = Files.list(data.resolve("xdr"))) {
      for (Path file : files.toList()) {
        try (var in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
          List<String> header = List.of(in.readLine().split(","));
          int service = header.indexOf("service");
          int result = header.indexOf("call_result");
          assertEquals(List.of("start_time", "duration_ms", "subscriber_id"), header.subList(0, 3));
          in.lines().forEach(l -> {
            String[] f = l.split(",", -1);
            String date = f[0].substring(0, 10);
            String key = model.get(f[2]) + "@" + date;
            sessions.computeIfAbsent(key, k -> new long[1])[0]++;
            if (f[service].equals("voice")) {
              long[] c = calls.computeIfAbsent(key, k -> new long[2]);
              c[0]++;
              c[1] += f[result].equals("failed") || f[result].equals("dropped") ? 1 : 0;
            }
            activeDays.add(f[2] + "@" + date);
          });
        }
      }
    }
    Map<String, double[]> active = new HashMap<>();   // model@date -> {subscribers, revenue}
    for (String d : activeDays) {
      String sub = d.substring(0, d.indexOf('@'));
      double[] a = active.computeIfAbsent(model.get(sub) + d.substring(d.indexOf('@')), k -> new double[2]);
      a[0]++;
      a[1] += arpu.get(sub) / 30.44;
    }
    List<String> rows = Files.readAllLines(out.resolve("devices.csv"));
    assertEquals("date,device_model,subscribers,active_subscribers,sessions,poor_sessions,calls,calls_lost,"
        + "expected_nps,dl_mb,complaints,revenue", rows.get(0));
    Set<String> models = new HashSet<>();
    for (String r : rows.subList(1, rows.size())) {
      String[] f = r.split(",", -1);
      String key = f[1] + "@" + f[0];
      models.add(f[1]);
      assertEquals(sessions.get(key)[0], Long.parseLong(f[4]), "sessions of " + key);
      assertEquals(active.get(key)[0], Double.parseDouble(f[3]), "active users of " + key);
      assertEquals(calls.get(key)[0], Long.parseLong(f[6]), "calls of " + key);
      assertEquals(calls.get(key)[1], Long.parseLong(f[7]), "failed and dropped calls of " + key);
      assertEquals(active.get(key)[1], Double.parseDouble(f[11]), 0.01, "revenue of " + key);
      assertTrue(Long.parseLong(f[5]) <= Long.parseLong(f[4]), "poor sessions of " + key);
      assertFalse(f[8].isEmpty(), "expected NPS of " + key);
    }
    assertEquals(new HashSet<>(model.values()), models, "every model has rows (each has enough users)");
    assertEquals(sessions.size(), rows.size() - 1, "one row per model and day");
  }
}
