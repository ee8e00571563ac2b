package org.netnps.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.server.TestServer.Reply;
import org.netnps.server.query.ResultsQueries;

/** The results routes: network NPS, trend, breakdowns, model, grids and cells, findings, plan. */
class ResultsApiTest extends ApiTestBase {
  @Test
  void npsIsTheSummarysNetworkNpsWithIntervalAndSurveyBesideIt() throws Exception {
    JsonNode n = s.get("/api/v1/nps", s.viewer).body();
    assertEquals(-7.05, n.get("network_nps").asDouble(), 1e-9);
    assertEquals(-17.35, n.get("network_nps_ci95").get(0).asDouble(), 1e-9);
    assertEquals(3.24, n.get("network_nps_ci95").get(1).asDouble(), 1e-9);
    assertEquals(-2.43, n.get("survey_nps").asDouble(), 1e-9);
    assertEquals(412, n.get("survey_responses").asInt());
    assertEquals(5, n.get("regions").size());
    assertTrue(n.has("network_explains"));
    assertFalse(n.has("seconds"), "run timings are not part of the API");
  }

  @Test
  void trendHasADayPerRowWithItsInterval() throws Exception {
    JsonNode days = s.get("/api/v1/nps/trend", s.viewer).body().get("days");
    assertEquals(8, days.size());
    assertEquals("2026-03-01", days.get(0).get("date").asText());
    for (JsonNode d : days) {
      assertTrue(d.get("network_nps_lo").asDouble() <= d.get("network_nps").asDouble());
    }
    assertTrue(!days.get(0).get("full_window").asBoolean() && days.get(7).get("full_window").asBoolean(),
        "days before a whole 7-day window are marked");
  }

  @Test
  void breakdownsByEachDimensionAndARefusalForAnUnknownOne() throws Exception {
    JsonNode b = s.get("/api/v1/nps/breakdowns?by=region", s.viewer).body();
    assertEquals(List.of("cell", "device", "plan", "region"), texts(b.get("dimensions")));
    assertEquals(5, b.get("groups").size());
    Reply bad = s.get("/api/v1/nps/breakdowns?by=msisdn", s.viewer);
    assertEquals(400, bad.status());
    assertEquals("by", bad.body().get("parameter").asText());
    assertEquals("msisdn", bad.body().get("value").asText());
  }

  @Test
  void modelCardAndMetrics() throws Exception {
    JsonNode m = s.get("/api/v1/model", s.viewer).body();
    assertTrue(m.get("card_markdown").asText().startsWith("# NPS model card"));
    assertEquals(412, m.get("metrics").get("holdout").get("rows").asInt());
  }

  @Test
  void gridsAreGeoJsonHexagonsWithTheChosenMetric() throws Exception {
    JsonNode g = s.get("/api/v1/grids?metric=nps_impact", s.viewer).body();
    assertEquals("FeatureCollection", g.get("type").asText());
    assertTrue(g.get("features").size() >= 40);
    for (JsonNode f : g.get("features")) {
      JsonNode ring = f.get("geometry").get("coordinates").get(0);
      assertEquals(7, ring.size(), "a hexagon: 6 corners and the first again");
      assertEquals(ring.get(0), ring.get(6));
      assertEquals(f.get("properties").get("nps_impact"), f.get("properties").get("value"));
      assertTrue(f.get("properties").get("subscribers").asInt() >= 5);
    }
  }

  @Test
  void gridsOfOneHourAndTheHoursForTheSlider() throws Exception {
    List<String> hours = texts(s.get("/api/v1/grids/hours", s.viewer).body().get("hours"));
    assertEquals(6, hours.size());
    String hour = hours.get(2);
    JsonNode g = s.get("/api/v1/grids?hour=" + hour + "&metric=poor_rate&min_subscribers=5", s.viewer).body();
    assertEquals(hour, g.get("hour").asText());
    long expected = Files.readAllLines(Path.of(getClass().getResource("/results/grids.csv").toURI())).stream()
        .skip(1).map(l -> l.split(",")).filter(f -> f[3].equals(hour) && Integer.parseInt(f[4]) >= 5).count();
    assertTrue(expected > 0);
    assertEquals(expected, g.get("features").size(), "every grid-hour row of that hour with 5 subscribers or more");
    for (JsonNode f : g.get("features")) {
      JsonNode p = f.get("properties");
      assertEquals(f.get("id").asText(), p.get("grid_id").asText());
      assertEquals(p.get("poor_rate").asDouble(), p.get("value").asDouble(), 1e-12);
      assertEquals(7, f.get("geometry").get("coordinates").get(0).size());
      assertTrue(p.get("subscribers").asInt() >= 5);
    }
    assertEquals(0, s.get("/api/v1/grids?hour=2020-01-01T00:00:00Z", s.viewer).body().get("features").size());
  }

  @Test
  void resultsWithoutRevenuePerGridOfferEveryOtherMetricAndRefuseRevenueByName() throws Exception {
    JsonNode g = s.get("/api/v1/grids", s.viewer).body();
    assertEquals("expected_nps", g.get("metric").asText());
    assertEquals(ResultsQueries.GRID_METRICS, texts(g.get("metrics")));
    assertBad(s.get("/api/v1/grids?metric=revenue", s.viewer), "metric", "revenue");
  }

  /** The fixture predates revenue per grid; a copy gets a revenue column (subscribers x 2.5). */
  @Test
  void resultsWithRevenuePerGridColourTheMapByItWholeAndHourly(@TempDir Path dir) throws Exception {
    Path results = TestServer.fixtureCopy(dir);
    List<String> lines = Files.readAllLines(results.resolve("grids.csv"));
    List<String> withRevenue = new java.util.ArrayList<>(List.of(lines.get(0) + ",revenue"));
    lines.stream().skip(1).forEach(l -> withRevenue.add(l + "," + 2.5 * Integer.parseInt(l.split(",")[4])));
    Files.write(results.resolve("grids.csv"), withRevenue);
    try (TestServer r = new TestServer(dir, results, (a, loop) -> null, ServerSettings.defaults().withPort(0))) {
      String hour = texts(r.get("/api/v1/grids/hours", r.viewer).body().get("hours")).get(0);
      for (String query : List.of("", "&hour=" + hour)) {
        JsonNode g = r.get("/api/v1/grids?metric=revenue&min_subscribers=5" + query, r.viewer).body();
        assertTrue(texts(g.get("metrics")).contains("revenue"));
        assertTrue(g.get("features").size() > 0);
        for (JsonNode f : g.get("features")) {
          JsonNode p = f.get("properties");
          assertEquals(2.5 * p.get("subscribers").asInt(), p.get("value").asDouble(), 1e-9, query);
          assertEquals(p.get("revenue").asDouble(), p.get("value").asDouble(), 1e-9, query);
        }
      }
    }
  }

  @Test
  void resultsWithoutDevicesCsvHaveNoDeviceModels() throws Exception {
    JsonNode d = s.get("/api/v1/nps/devices", s.viewer).body();
    assertTrue(d.get("model").isNull(), d.toString());
    assertEquals(0, d.get("models").size());
    assertEquals(0, d.get("days").size());
  }

  @Test
  void aDeviceModelsUsersComeDayByDayWithTheirRates(@TempDir Path dir) throws Exception {
    Path results = TestServer.fixtureWithDevices(dir);
    try (TestServer r = new TestServer(dir, results, (a, loop) -> null, ServerSettings.defaults().withPort(0))) {
      JsonNode d = r.get("/api/v1/nps/devices", r.viewer).body();
      assertEquals(List.of("Astra A14", "Pomme 11"), texts(d.get("models")));
      assertEquals("Astra A14", d.get("model").asText());
      assertEquals(List.of("2026-03-01", "2026-03-02", "2026-03-03"), texts(d.get("days"), "date"));
      JsonNode first = d.get("days").get(0);
      assertEquals(0.2, first.get("poor_rate").asDouble(), 1e-9);
      assertEquals(0.1, first.get("call_loss_rate").asDouble(), 1e-9);
      assertEquals(200.0, first.get("mb_per_active_subscriber").asDouble(), 1e-9);
      assertEquals(-2.5, first.get("expected_nps").asDouble(), 1e-9);
      JsonNode pomme = r.get("/api/v1/nps/devices?model=Pomme%2011", r.viewer).body();
      assertEquals(1, pomme.get("days").size());
      assertEquals(0.06, pomme.get("days").get(0).get("call_loss_rate").asDouble(), 1e-9);
      assertBad(r.get("/api/v1/nps/devices?model=Brick", r.viewer), "model", "Brick");
    }
  }

  @Test
  void gridParametersAreValidated() throws Exception {
    assertBad(s.get("/api/v1/grids?hour=yesterday", s.viewer), "hour", "yesterday");
    assertBad(s.get("/api/v1/grids?min_subscribers=1", s.viewer), "min_subscribers", "1");
    assertBad(s.get("/api/v1/grids?metric=subscriber_id", s.viewer), "metric", "subscriber_id");
    assertBad(s.get("/api/v1/grids/not-a-hexagon", s.viewer), "grid_id", "not-a-hexagon");
  }

  @Test
  void aGridsDetailHasItsHoursCellsAndFindings() throws Exception {
    String finding = s.get("/api/v1/findings?limit=1&cause=congestion", s.viewer).body().get("findings").get(0)
        .get("grid_id").asText();
    JsonNode g = s.get("/api/v1/grids/" + finding, s.viewer).body();
    assertEquals(finding, g.get("grid_id").asText());
    assertEquals(7, g.get("boundary").size());
    assertTrue(g.get("cells").size() > 0);
    assertTrue(g.get("cells").get(0).has("azimuth_deg"), "cells joined with their configuration");
    assertTrue(g.get("findings").size() > 0);
    long byService = 0;
    for (String sv : List.of("web", "video", "voice", "gaming", "other")) {
      byService += g.get("poor_" + sv).asLong();
    }
    assertTrue(byService > 0 && byService <= g.get("sessions").asLong(), g.toString());
    assertTrue(g.get("hours").get(0).has("poor_video"), "hourly rows carry poor sessions by service");
    assertEquals(404, s.get("/api/v1/grids/8928308280fffff", s.viewer).status());
  }

  @Test
  void gridsUnderTheMinimumSubscribersAreNeitherMappedNorDetailed() throws Exception {
    String grid = s.get("/api/v1/grids", s.viewer).body().get("features").get(0).get("id").asText();
    try (TestServer strict = new TestServer(tmp.resolve("strict"), null,
        ServerSettings.defaults().withPort(0).withMinGridSubscribers(100_000))) {
      assertEquals(0, strict.get("/api/v1/grids", strict.viewer).body().get("features").size());
      Reply r = strict.get("/api/v1/grids/" + grid, strict.viewer);
      assertEquals(404, r.status());
      assertTrue(r.body().get("error").asText().contains("fewer than 100000 subscribers"));
    }
  }

  @Test
  void cellsArePointsAndACellHasItsFindings() throws Exception {
    JsonNode c = s.get("/api/v1/cells", s.viewer).body();
    assertEquals(351, c.get("features").size());
    assertEquals("Point", c.get("features").get(0).get("geometry").get("type").asText());
    assertEquals(List.of("type", "features"), fieldNames(c), "GeoJSON's keys in their order, run after run");
    assertEquals(List.of("type", "coordinates"), fieldNames(c.get("features").get(0).get("geometry")));
    JsonNode f = s.get("/api/v1/findings?cause=congestion&limit=1", s.viewer).body().get("findings").get(0);
    JsonNode cell = s.get("/api/v1/cells/" + f.get("cell_id").asText(), s.viewer).body();
    assertTrue(texts(cell.get("findings"), "finding_id").contains(f.get("finding_id").asText()));
    assertEquals(404, s.get("/api/v1/cells/NOPE", s.viewer).status());
    assertBad(s.get("/api/v1/cells/x%27%20OR%201=1", s.viewer), "cell_id", "x' OR 1=1");
  }

  @Test
  void findingsComeBiggestImpactFirstWithEvidence() throws Exception {
    JsonNode f = s.get("/api/v1/findings", s.viewer).body().get("findings");
    assertEquals(16, f.size());
    for (int i = 1; i < f.size(); i++) {
      assertTrue(f.get(i - 1).get("nps_impact").asDouble() >= f.get(i).get("nps_impact").asDouble());
    }
    assertFalse(f.get(0).get("evidence").asText().isEmpty());
    assertEquals(f.get(0), s.get("/api/v1/findings/" + f.get(0).get("finding_id").asText(), s.viewer).body());
    assertEquals(404, s.get("/api/v1/findings/F999", s.viewer).status());
    assertBad(s.get("/api/v1/findings?cause=weather", s.viewer), "cause", "weather");
    assertBad(s.get("/api/v1/findings?limit=0", s.viewer), "limit", "0");
  }

  @Test
  void aDeviceFindingHasNoCellAndShowsInItsGridsDetail() throws Exception {
    JsonNode device = s.get("/api/v1/findings?cause=device", s.viewer).body().get("findings").get(0);
    assertTrue(device.get("cell_id").isNull());
    assertEquals("Astra S23 5G", device.get("device_model").asText());
    JsonNode g = s.get("/api/v1/grids/" + device.get("grid_id").asText(), s.viewer).body();
    assertTrue(texts(g.get("findings"), "finding_id").contains(device.get("finding_id").asText()));
  }

  @Test
  void planIsByPriority() throws Exception {
    JsonNode p = s.get("/api/v1/plan", s.viewer).body().get("actions");
    assertEquals(15, p.size());
    assertEquals(1, p.get(0).get("priority").asInt());
  }

  @Test
  void thePlanSaysWhatEachBudgetBuys() throws Exception {
    JsonNode curve = s.get("/api/v1/plan", s.viewer).body().get("budget_curve");
    assertEquals(12, curve.size());
    // the fixture's 15 rows: at 40 the five best carriers (8 each) buy more than the device campaign (2, +0.1326,
    // the best per cost) with four
    assertEquals(40, curve.get(2).get("budget").asInt());
    assertEquals(0.3984 + 0.3538 + 0.324 + 0.315 + 0.315, curve.get(2).get("expected_nps_gain").asDouble(), 1e-4);
  }
}
