package org.netnps.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netnps.server.TestServer.Reply;

/** Who may call the API, and what it shows of subscribers: tokens, roles, pseudonyms, logs, metrics, static files, caching. */
class AccessApiTest extends ApiTestBase {
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
}
