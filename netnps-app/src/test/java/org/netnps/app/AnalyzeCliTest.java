package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.h3core.H3Core;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * netnps analyze on a simulated city, as a user runs it: every output of the data contract. The
 * closed loop on the same results is in {@link LoopCliTest}.
 */
class AnalyzeCliTest {
  @TempDir
  static Path tmp;
  private static Path dataset;
  private static Path results;
  private static Path db;
  private static String stdout;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeAll
  static void analyzeASmallCity() {
    AnalyzedCity.Run city = AnalyzedCity.get();
    dataset = city.dataset();
    results = city.results();
    db = city.db();
    stdout = city.stdout();
  }

  @BeforeEach
  void capture() {
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(originalErr);
  }

  @Test
  void summaryHoldsTheContractsFiguresAndTheModelsHoldOutMetrics() throws Exception {
    JsonNode s = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
    double nps = s.get("network_nps").asDouble();
    assertTrue(s.get("network_nps_ci95").get(0).asDouble() <= nps && nps <= s.get("network_nps_ci95").get(1).asDouble());
    assertTrue(nps > -100 && nps < 100);
    assertEquals(countLines(dataset.resolve("surveys.csv")) - 1, s.get("survey_responses").asInt());
    double shares = s.get("shares").get("detractor").asDouble() + s.get("shares").get("passive").asDouble()
        + s.get("shares").get("promoter").asDouble();
    assertEquals(1.0, shares, 0.02);
    assertTrue(s.get("regions").size() >= 2, "cells.csv has regions, so summary.json has them");
    JsonNode holdout = s.get("model").get("holdout");
    assertTrue(holdout.get("detractor_auc").asDouble() > 0.5, holdout.toString());
    assertTrue(s.get("model").has("baseline_logistic_regression"));
    assertEquals(0, s.get("rows").get("rejected").asLong());
    assertTrue(stdout.contains("network NPS"), stdout);
  }

  @Test
  void everySubscriberSeenInTheXdrsIsScoredOnce() throws Exception {
    Set<String> seen = new HashSet<>();
    try (var files = Files.list(dataset.resolve("xdr"))) {
      for (Path f : files.toList()) {
        List<String> lines = new String(new GZIPInputStream(Files.newInputStream(f)).readAllBytes(),
            StandardCharsets.UTF_8).lines().toList();
        int col = List.of(lines.get(0).split(",")).indexOf("subscriber_id");
        lines.stream().skip(1).forEach(l -> seen.add(l.split(",")[col]));
      }
    }
    List<String> rows = Files.readAllLines(results.resolve("subscribers.csv"));
    assertEquals("subscriber_id,p_detractor,p_passive,p_promoter,predicted_class,top_reason", rows.get(0));
    assertEquals(seen.size(), rows.size() - 1);
    Set<String> scored = new HashSet<>();
    for (String r : rows.subList(1, rows.size())) {
      String[] f = r.split(",", 6);
      scored.add(f[0]);
      double sum = Double.parseDouble(f[1]) + Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
      assertEquals(1.0, sum, 2e-4, r);
      assertTrue(Set.of("detractor", "passive", "promoter").contains(f[4]), r);
    }
    assertEquals(seen, scored);
  }

  @Test
  void reasonsNameConcreteEventsOnCells() throws Exception {
    List<String> reasons = Files.readAllLines(results.resolve("reasons.csv"));
    assertEquals("subscriber_id,rank,feature,contribution,reason", reasons.get(0));
    assertTrue(reasons.stream().anyMatch(r -> r.matches(".* on cell [A-Z0-9]+, .*\\d\\d-\\d\\dh.*")),
        "some reason names its cell and hours: " + reasons.subList(1, Math.min(6, reasons.size())));
  }

  @Test
  void gridsAreH3CellsAtResolutionNineForThePeriodAndEachHour() throws Exception {
    H3Core h3 = H3Core.newInstance();
    List<String> grids = Files.readAllLines(results.resolve("grids.csv"));
    assertEquals("grid_id,lat,lon,hour,subscribers,sessions,poor_sessions,expected_nps,nps_impact,"
        + "expected_detractors,rsrp_dbm,sinr_db,dl_kbps,dl_mb,complaints,serving_cell,poor_web,poor_video,poor_voice,"
        + "poor_gaming,poor_other,revenue", grids.get(0));
    long periodSessions = 0;
    long hourlySessions = 0;
    java.util.Map<String, Long> byGrid = new java.util.HashMap<>();
    java.util.Map<String, Long> byGridHourly = new java.util.HashMap<>();
    for (String g : grids.subList(1, grids.size())) {
      String[] f = g.split(",", -1);
      assertTrue(h3.isValidCell(f[0]) && h3.getResolution(f[0]) == 9, g);
      long sessions = Long.parseLong(f[5]);
      assertTrue(Long.parseLong(f[6]) <= sessions, g);
      long byService = 0;
      for (int k = 16; k <= 20; k++) {
        byService += Long.parseLong(f[k]);
      }
      if (!f[3].isEmpty()) {
        assertEquals(Long.parseLong(f[6]), byService, "an hour's poor sessions are the sum over services: " + g);
      }
      if (f[3].isEmpty()) {
        periodSessions += sessions;
        byGrid.put(f[0], sessions);
      } else {
        assertTrue(f[3].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00Z"), g);
        assertTrue(f[8].isEmpty(), "nps_impact is a whole-period figure: " + g);
        hourlySessions += sessions;
        byGridHourly.merge(f[0], sessions, Long::sum);
      }
    }
    JsonNode s = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
    assertEquals(s.get("rows").get("sessions").asLong(), periodSessions, "every session is in exactly one grid");
    assertEquals(periodSessions, hourlySessions, "and in exactly one grid-hour");
    assertEquals(byGrid, byGridHourly, "a grid's hours add up to its period");
  }

  @Test
  void everyActiveSubscriberDayBringsADayOfArpuToTheGridsOfItsSessions() throws Exception {
    GridRevenue.assertReconciles(dataset, results);
  }

  @Test
  void devicesCsvCountsEachModelsUsersSessionsActiveDaysAndRevenueAsTheXdrsHaveThem() throws Exception {
    DeviceCohortCounts.assertReconciles(dataset, results);
  }

  @Test
  void aSubscriberWithoutArpuCountsAtTheMeanOfTheKnownOnes() throws Exception {
    Path partial = tmp.resolve("city-partial-arpu");
    try (var paths = Files.walk(dataset)) {
      for (Path p : paths.toList()) {
        Files.copy(p, partial.resolve(dataset.relativize(p).toString()));
      }
    }
    Path crm = partial.resolve("subscribers.csv");
    List<String> rows = new java.util.ArrayList<>(Files.readAllLines(crm));
    int blanked = 0;
    for (int i = 1; i < rows.size(); i++) {
      String[] f = rows.get(i).split(",", -1);
      if (f[0].endsWith("1")) {
        f[5] = "";
        rows.set(i, String.join(",", f));
        blanked++;
      }
    }
    assertTrue(blanked > 100, "subscribers without ARPU: " + blanked);
    Files.write(crm, rows);
    Path out = tmp.resolve("results-partial-arpu");
    PrintStream original = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("analyze", partial.toString(), "--out", out.toString(), "--no-reasons"));
    } finally {
      System.setOut(original);
    }
    GridRevenue.assertReconciles(partial, out);
  }

  @Test
  void findingsNameACauseAPlaceAWindowAndEvidenceAndThePlanActsOnThem() throws Exception {
    List<String> findings = Files.readAllLines(results.resolve("findings.csv"));
    assertEquals("finding_id,cause,cell_id,grid_id,lat,lon,start,end,affected_subscribers,nps_impact,"
        + "confidence,evidence,device_model", findings.get(0));
    assertTrue(findings.size() > 1, "the preset injects problems, so some are found");
    Set<String> ids = new HashSet<>();
    for (String f : findings.subList(1, findings.size())) {
      String[] c = f.split(",", 12);
      ids.add(c[0]);
      assertTrue(Set.of("coverage", "interference", "congestion", "fault", "transport", "device", "mobility", "unknown")
          .contains(c[1]), f);
      assertTrue(c[1].equals("device") ? c[2].isEmpty() : !c[2].isEmpty(), "a cell unless a device: " + f);
      assertTrue(c[6].compareTo(c[7]) < 0, "start before end: " + f);
      assertTrue(!c[11].isEmpty(), "evidence: " + f);
    }
    List<String> plan = Files.readAllLines(results.resolve("plan.csv"));
    assertEquals("action_id,finding_id,action,target,grid_id,expected_nps_gain,cost,priority,value", plan.get(0),
        "the data contract's columns, then the action's parameter");
    int capacity = 0;
    Set<String> tilted = new HashSet<>();
    Set<String> powered = new HashSet<>();
    for (String a : plan.subList(1, plan.size())) {
      String[] c = a.split(",", -1);
      if (c[2].equals("adjust_tilt")) {
        tilted.add(c[1] + "/" + c[3]);
      } else if (c[2].equals("adjust_power")) {
        powered.add(c[1] + "/" + c[3]);
        assertEquals(3, Double.parseDouble(c[8]), 1e-9, "a power step in dB: " + a);
      } else if (c[2].equals("adjust_azimuth")) {
        double turn = Math.abs(Double.parseDouble(c[8]));
        assertTrue(turn >= 10 && turn <= 30, "a turn toward the hotspot in degrees: " + a);
      } else {
        assertTrue(c[8].isEmpty(), "no parameter: " + a);
      }
      if (c[1].isEmpty() && c[2].equals("new_site")) {
        assertEquals(c[3], c[4], "a new site's target is the coverage gap's H3 cell: " + a);
        assertEquals(50, Double.parseDouble(c[6]), 1e-9, a);
      } else if (c[1].isEmpty()) {
        capacity++;
        assertTrue(Set.of("add_carrier", "load_balance").contains(c[2]) && !c[4].isEmpty(),
            "a row without a finding is a capacity candidate on a busy cell, with its grid: " + a);
      } else {
        assertTrue(ids.contains(c[1]), "a plan row refers to a finding: " + a);
      }
    }
    assertTrue(capacity < plan.size() - 1, "candidates remedy findings too");
    assertEquals(tilted, powered, "every tilt has a power alternative on the same cell");
  }

  @Test
  void theModelCardIsWritten() throws Exception {
    assertTrue(Files.isRegularFile(results.resolve("model").resolve("nps-model.json")));
    String card = Files.readString(results.resolve("model-card.md"));
    assertTrue(card.contains("Reliability"));
    long answers = countLines(results.resolve("answers.csv")) - 1;
    String untested = card.lines().filter(l -> l.startsWith("Not tested")).findFirst().orElse("");
    int tested = 0;
    for (String dimension : List.of("device model", "plan", "region")) {
      List<String[]> rows = card.lines().filter(l -> l.startsWith("| " + dimension + ": "))
          .map(l -> l.split(" \\| ")).toList();
      assertTrue(rows.isEmpty() == untested.contains(dimension), dimension + " is tested or said not to be");
      tested += rows.size();
      assertTrue(rows.stream().mapToLong(r -> Long.parseLong(r[1])).sum() <= answers, dimension);
      for (String[] r : rows) {
        assertTrue(Long.parseLong(r[1]) >= 30, "only segments of 30 answers or more: " + String.join("|", r));
        double gap = Double.parseDouble(r[3]) - Double.parseDouble(r[2]);
        assertTrue(Math.abs(gap) < 0.002 || Math.signum(gap) == Math.signum(Double.parseDouble(r[4])),
            "z has the sign of observed minus predicted: " + String.join("|", r));
      }
    }
    assertTrue(tested > 0, "the small city's plans and regions have 30 answers or more:\n" + card);
  }

  @Test
  void theSameResultsLandInTheDuckDbStore() throws Exception {
    long rows = Files.readAllLines(results.resolve("subscribers.csv")).size() - 1;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement st = c.createStatement()) {
      try (ResultSet r = st.executeQuery("SELECT count(*) FROM results_subscribers")) {
        r.next();
        assertEquals(rows, r.getLong(1));
      }
      try (ResultSet r = st.executeQuery("SELECT network_nps FROM results_summary")) {
        r.next();
        JsonNode s = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
        assertEquals(s.get("network_nps").asDouble(), r.getDouble(1), 1e-9);
      }
      try (ResultSet r = st.executeQuery("SELECT count(*), sum(sessions) FROM results_devices")) {
        r.next();
        List<String> devices = Files.readAllLines(results.resolve("devices.csv"));
        assertEquals(devices.size() - 1, r.getLong(1));
        assertEquals(devices.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[4])).sum(), r.getLong(2));
      }
    }
  }

  @Test
  void hourlyGridRowsCarryEachDaysScoresSoTheyFollowTheTrend() throws Exception {
    // with period-end scores (the bug of 2026-11-25) the first and last days' hourly means were nearly
    // equal whatever the trend did, and no action could show in a before/after comparison
    java.util.Map<String, double[]> byDay = new java.util.TreeMap<>();   // day -> {sum nps x subscribers, subscribers}
    java.util.List<String> lines = Files.readAllLines(results.resolve("grids.csv"));
    java.util.List<String> header = java.util.List.of(lines.get(0).split(","));
    int hour = header.indexOf("hour");
    int subs = header.indexOf("subscribers");
    int nps = header.indexOf("expected_nps");
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      if (!f[hour].isEmpty() && !f[nps].isEmpty()) {
        double[] d = byDay.computeIfAbsent(f[hour].substring(0, 10), k -> new double[2]);
        d[0] += Double.parseDouble(f[nps]) * Double.parseDouble(f[subs]);
        d[1] += Double.parseDouble(f[subs]);
      }
    }
    java.util.List<String> trend = Files.readAllLines(results.resolve("trend.csv"));
    String firstDay = trend.get(1).split(",")[0];
    String lastDay = trend.get(trend.size() - 1).split(",")[0];
    double trendChange = Double.parseDouble(trend.get(1).split(",")[2])
        - Double.parseDouble(trend.get(trend.size() - 1).split(",")[2]);
    double hourlyChange = byDay.get(firstDay)[0] / byDay.get(firstDay)[1] - byDay.get(lastDay)[0] / byDay.get(lastDay)[1];
    assertTrue(Math.abs(trendChange) > 3, "the simulated trend moves: " + trendChange);
    assertEquals(trendChange, hourlyChange, 0.5 * Math.abs(trendChange), "hourly rows " + byDay.keySet());
  }

  private static long countLines(Path p) throws Exception {
    return Files.readAllLines(p).size();
  }
}
