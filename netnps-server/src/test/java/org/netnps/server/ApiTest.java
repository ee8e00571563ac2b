package org.netnps.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.server.TestServer.Reply;
import org.netnps.server.api.ActionVerifier;

/** The REST API, route by route: what each returns, who may call it, and what it refuses. */
class ApiTest {
  @TempDir
  static Path tmp;
  static TestServer s;
  static int verifications;

  @BeforeAll
  static void start() throws Exception {
    ActionVerifier verifier = a -> {
      verifications++;
      return new ActionVerifier.Verdict(true, "expected NPS +1.00 [+0.20, +1.80]", Map.of("treated_grids", List.of(a.gridId())));
    };
    s = new TestServer(tmp, verifier);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  // ---- auth ----

  @Test
  void healthNeedsNoTokenAndTellsThePeriod() throws Exception {
    Reply r = s.get("/api/v1/health", null);
    assertEquals(200, r.status());
    assertEquals("ok", r.body().get("status").asText());
    assertEquals(9999, r.body().get("subscribers_scored").asInt());
  }

  @Test
  void everyOtherApiRouteAnswers401WithoutAToken() throws Exception {
    for (NetnpsServer.Route route : s.server.routes()) {
      if (route.role() == null) {
        continue;
      }
      String path = route.path().replace("{grid_id}", "89650509003ffff").replace("{cell_id}", "S0001L1")
          .replace("{finding_id}", "F001").replace("{action_id}", "A001").replace("{pseudonym}", "p0000000000000000");
      Reply r = route.method().equals("GET") ? s.get(path, null) : s.post(path, null, "{}");
      assertEquals(401, r.status(), route.toString());
      assertTrue(r.body().get("error").asText().contains("Authorization: Bearer"), route.toString());
      assertEquals("Bearer realm=\"netnps\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
    }
  }

  @Test
  void anUnknownTokenIs401() throws Exception {
    Reply r = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/api/v1/nps"))
        .header("Authorization", "Bearer not-a-token"), null);
    assertEquals(401, r.status());
    assertEquals("unknown API token", r.body().get("error").asText());
  }

  @Test
  void writeRoutesNeedTheOperatorRole() throws Exception {
    for (NetnpsServer.Route route : s.server.routes()) {
      if (route.role() != org.netnps.server.auth.Role.OPERATOR) {
        continue;
      }
      String path = route.path().replace("{action_id}", "A001");
      Reply r = s.post(path, s.viewer, "{}");
      assertEquals(403, r.status(), route.toString());
      assertEquals("this route needs the operator role; the token of vera has viewer", r.body().get("error").asText());
    }
  }

  @Test
  void meNamesTheHolderAndRole() throws Exception {
    JsonNode me = s.get("/api/v1/me", s.operator).body();
    assertEquals("otto", me.get("name").asText());
    assertEquals("operator", me.get("role").asText());
  }

  // ---- NPS ----

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

  // ---- grids and cells ----

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
    JsonNode f = s.get("/api/v1/findings?cause=congestion&limit=1", s.viewer).body().get("findings").get(0);
    JsonNode cell = s.get("/api/v1/cells/" + f.get("cell_id").asText(), s.viewer).body();
    assertTrue(texts(cell.get("findings"), "finding_id").contains(f.get("finding_id").asText()));
    assertEquals(404, s.get("/api/v1/cells/NOPE", s.viewer).status());
    assertBad(s.get("/api/v1/cells/x%27%20OR%201=1", s.viewer), "cell_id", "x' OR 1=1");
  }

  // ---- findings and plan ----

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

  // ---- the closed loop ----

  @Test
  void anActionGoesThroughItsLifecycleWithAnAuditTrail() throws Exception {
    Reply proposed = s.post("/api/v1/actions", s.operator, "{\"action_ids\": [\"A002\"]}");
    assertEquals(201, proposed.status());
    assertEquals(1, proposed.body().get("proposed").asInt());
    assertEquals(0, s.post("/api/v1/actions", s.operator, "{\"action_ids\": [\"A002\"]}").body().get("proposed").asInt());

    Reply early = s.post("/api/v1/actions/A002/verify", s.operator, "");
    assertEquals(409, early.status());
    Reply skip = s.post("/api/v1/actions/A002/implement", s.operator, "{}");
    assertEquals(409, skip.status());
    assertEquals("action A002 is proposed and cannot become implemented (allowed: [approved, rejected])",
        skip.body().get("error").asText());

    assertEquals("approved", s.post("/api/v1/actions/A002/approve", s.operator, "{\"note\": \"budget ok\"}")
        .body().get("status").asText());
    JsonNode implemented = s.post("/api/v1/actions/A002/implement", s.operator,
        "{\"at\": \"2026-03-05T00:00:00Z\"}").body();
    assertEquals("implemented", implemented.get("status").asText());
    assertEquals("2026-03-05T00:00:00Z", implemented.get("implemented_at").asText());
    int before = verifications;
    JsonNode verified = s.post("/api/v1/actions/A002/verify", s.operator, "").body();
    assertEquals(before + 1, verifications);
    assertTrue(verified.get("verified").asBoolean());
    assertEquals("verified", verified.get("status").asText());

    JsonNode one = s.get("/api/v1/actions/A002", s.viewer).body();
    List<String> history = texts(one.get("history"));
    assertEquals(4, history.size());
    assertTrue(history.get(0).contains("-> proposed by otto"));
    assertTrue(history.get(1).contains("proposed -> approved by otto: budget ok"));
    assertTrue(history.get(3).contains("implemented -> verified by otto: expected NPS +1.00"));
    assertTrue(texts(s.get("/api/v1/actions", s.viewer).body().get("actions"), "action_id").contains("A002"));
  }

  @Test
  void badActionRequestsAreRefusedClearly() throws Exception {
    assertBad(s.post("/api/v1/actions", s.operator, "{\"action_ids\": [\"A999\"]}"), "action_ids", "[A999]");
    assertBad(s.post("/api/v1/actions", s.operator, "not json"), "body", "not json");
    assertBad(s.post("/api/v1/actions", s.operator, "[1]"), "body", "[1]");
    assertEquals(404, s.post("/api/v1/actions/A777/approve", s.operator, "{}").status());
    assertEquals(404, s.get("/api/v1/actions/A777", s.viewer).status());
    s.post("/api/v1/actions", s.operator, "{\"action_ids\": [\"A003\"]}");
    assertBad(s.post("/api/v1/actions/A003/approve", s.operator, "{\"at\": \"soon\"}"), "at", "soon");
    // on its own client: the server closes a connection whose body it refused
    java.net.http.HttpResponse<String> tooLarge = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/api/v1/actions")).expectContinue(true)
            .header("Authorization", "Bearer " + s.operator.token())
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"note\": \"" + "x".repeat(70_000) + "\"}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(413, tooLarge.statusCode(), "bodies over 64 KiB are refused");
  }

  // ---- subscribers and privacy ----

  @Test
  void subscribersAreListedAsPseudonymsOnly() throws Exception {
    Reply r = s.get("/api/v1/subscribers?class=detractor&limit=20", s.viewer);
    String fixture = Files.readString(Path.of(getClass().getResource("/results/subscribers.csv").toURI()));
    Set<String> ids = new HashSet<>();
    fixture.lines().skip(1).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
    for (String id : ids) {
      assertFalse(r.text().contains(id), "a raw identifier in the API's answer");
    }
    JsonNode list = r.body().get("subscribers");
    assertEquals(20, list.size());
    assertTrue(list.get(0).get("pseudonym").asText().matches("p[0-9a-f]{16}"));
    assertFalse(list.get(0).has("subscriber_id"));
    assertTrue(list.get(0).get("p_detractor").asDouble() >= list.get(19).get("p_detractor").asDouble());
  }

  @Test
  void aSubscribersDetailHasProbabilitiesAndReasonsTiedToEvents() throws Exception {
    String p = s.get("/api/v1/subscribers?limit=1", s.viewer).body().get("subscribers").get(0).get("pseudonym").asText();
    JsonNode d = s.get("/api/v1/subscribers/" + p, s.viewer).body();
    assertEquals(p, d.get("pseudonym").asText());
    double sum = d.get("p_detractor").asDouble() + d.get("p_passive").asDouble() + d.get("p_promoter").asDouble();
    assertEquals(1.0, sum, 0.001);
    assertTrue(d.get("reasons").size() > 0);
    assertTrue(d.get("reasons").get(0).get("reason").asText().contains(" on cell "));
    assertBad(s.get("/api/v1/subscribers/60127304337", s.viewer), "pseudonym", "60127304337");
    assertEquals(404, s.get("/api/v1/subscribers/p0123456789abcdef", s.viewer).status());
  }

  @Test
  void lookupByRealIdentifierIsForOperatorsAndNeverLogsTheIdentifier() throws Exception {
    String id = "60127304337";
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Reply r;
    Reply missing;
    try {
      assertEquals(403, s.post("/api/v1/subscribers/lookup", s.viewer, "{\"subscriber_id\": \"" + id + "\"}").status());
      r = s.post("/api/v1/subscribers/lookup", s.operator, "{\"subscriber_id\": \"" + id + "\"}");
      missing = s.post("/api/v1/subscribers/lookup", s.operator, "{\"subscriber_id\": \"49170000000\"}");
    } finally {
      System.setErr(original);
    }
    assertEquals(200, r.status());
    assertEquals(s.pseudonyms.of(id), r.body().get("pseudonym").asText());
    assertFalse(r.text().contains(id));
    assertEquals(404, missing.status());
    assertFalse(missing.text().contains("49170000000"), "the identifier is not echoed");
    assertFalse(err.toString(StandardCharsets.UTF_8).contains(id), "a raw identifier in the log");
  }

  // ---- the rest ----

  @Test
  void cachedAnswersCarryAnETagAndComeGzippedToClientsThatAskForIt() throws Exception {
    Reply plain = s.get("/api/v1/grids?metric=expected_nps", s.viewer);
    String etag = plain.headers().firstValue("ETag").orElseThrow();
    Reply again = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/api/v1/grids?metric=expected_nps"))
        .header("If-None-Match", etag), s.viewer);
    assertEquals(304, again.status());
    java.net.http.HttpResponse<byte[]> zipped = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/api/v1/grids?metric=expected_nps"))
            .header("Authorization", "Bearer " + s.viewer.token()).header("Accept-Encoding", "gzip").build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
    byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes();
    assertEquals(plain.text(), new String(unzipped, StandardCharsets.UTF_8));
    assertTrue(zipped.body().length * 3 < unzipped.length, "GeoJSON compresses well");
  }

  @Test
  void openApiDocumentIsServedToTokenHolders() throws Exception {
    Reply r = s.get("/api/v1/openapi.json", s.viewer);
    assertEquals(200, r.status());
    assertEquals("3.0.3", r.body().get("openapi").asText());
  }

  @Test
  void prometheusMetricsCountRequestsByRouteTemplate() throws Exception {
    s.get("/api/v1/findings/F001", s.viewer);
    Reply m = s.get("/metrics", null);
    assertEquals(200, m.status());
    assertTrue(m.text().contains("netnps_http_requests_total{method=\"GET\",route=\"/api/v1/findings/{finding_id}\","
        + "status=\"200\"}"), m.text().lines().filter(l -> l.contains("findings")).toList().toString());
    assertTrue(m.text().contains("netnps_network_nps -7.05"));
    assertTrue(m.text().contains("jvm_memory_used_bytes"));
    assertFalse(m.text().contains("route=\"/api/v1/findings/F001\""), "raw paths are not labels");
  }

  @Test
  void theDashboardAndItsLibrariesAreServedFromTheJarAndTraversalIsRefused() throws Exception {
    Reply index = s.get("/", null);
    assertEquals(200, index.status());
    assertTrue(index.text().contains("/webjars/leaflet/1.9.4/dist/leaflet.js"));
    assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertEquals(200, s.get("/webjars/echarts/5.3.1/dist/echarts.min.js", null).status());
    assertEquals(200, s.get("/app.js", null).status());
    for (String evil : List.of("/../netnps.duckdb", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fpom.xml",
        "/org/netnps/server/openapi.json", "/webjars/../../META-INF/MANIFEST.MF")) {
      Reply r = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + evil)), null);
      assertTrue(r.status() == 400 || r.status() == 404, evil + " answered " + r.status());
    }
  }

  private static void assertBad(Reply r, String parameter, String value) {
    assertEquals(400, r.status(), r.text());
    assertEquals(parameter, r.body().get("parameter").asText(), r.text());
    assertEquals(value, r.body().get("value").asText(), r.text());
    assertNotNull(r.body().get("error").asText());
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> texts(JsonNode array, String field) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
  }
}
