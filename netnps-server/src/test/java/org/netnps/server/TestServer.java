package org.netnps.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.netnps.io.store.DuckDbStore;
import org.netnps.io.store.ResultsLoad;
import org.netnps.server.api.ActionVerifier;
import org.netnps.server.auth.ApiTokens;
import org.netnps.server.auth.Role;
import org.netnps.server.privacy.Pseudonyms;

/** The server on the results fixture, on a free loopback port, with a viewer and an operator token. */
final class TestServer implements AutoCloseable {
  record Reply(int status, JsonNode body, String text, java.net.http.HttpHeaders headers) {}

  static final byte[] SECRET = "a test secret of 32 bytes length".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  final ApiTokens.Issued viewer = ApiTokens.issue("vera", Role.VIEWER);
  final ApiTokens.Issued operator = ApiTokens.issue("otto", Role.OPERATOR);
  final NetnpsServer server;
  final Pseudonyms pseudonyms = new Pseudonyms(SECRET);
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  TestServer(Path dir, ActionVerifier verifier) throws Exception {
    this(dir, verifier, ServerSettings.defaults().withPort(0));
  }

  TestServer(Path dir, ActionVerifier verifier, ServerSettings settings) throws Exception {
    this(dir, fixture(), verifier, settings);
  }

  /** On another results directory (a changed copy of the fixture). */
  TestServer(Path dir, Path results, ActionVerifier verifier, ServerSettings settings) throws Exception {
    Path db = dir.resolve("netnps.duckdb");
    try (DuckDbStore s = DuckDbStore.open(db)) {
      ResultsLoad.load(s, results, results.resolve("cells.csv"));
    }
    server = new NetnpsServer(DuckDbStore.open(db), settings, ApiTokens.of(List.of(viewer,
        operator)), pseudonyms, verifier, "netnps test").start();
  }

  /** The results fixture's directory (test resources). */
  static Path fixture() throws java.net.URISyntaxException {
    return Path.of(TestServer.class.getResource("/results/summary.json").toURI()).getParent();
  }

  /** A copy of the fixture in {@code dir}/results, to be changed. */
  static Path fixtureCopy(Path dir) throws Exception {
    Path results = java.nio.file.Files.createDirectories(dir.resolve("results"));
    try (var files = java.nio.file.Files.list(fixture())) {
      for (Path f : files.toList()) {
        java.nio.file.Files.copy(f, results.resolve(f.getFileName()));
      }
    }
    return results;
  }

  /** A copy of the fixture in {@code dir}/results, which predates devices.csv, with one: two models over three days. */
  static Path fixtureWithDevices(Path dir) throws Exception {
    Path results = fixtureCopy(dir);
    java.nio.file.Files.writeString(results.resolve("devices.csv"), String.join("\n",
        "date,device_model,subscribers,active_subscribers,sessions,poor_sessions,calls,calls_lost,expected_nps,dl_mb,"
            + "complaints,revenue",
        "2026-03-01,Pomme 11,40,30,300,30,100,6,5.5,9000,1,25.0",
        "2026-03-01,Astra A14,50,40,400,80,200,20,-2.5,8000,2,30.0",
        "2026-03-02,Astra A14,50,45,450,45,180,9,-1.0,9000,0,33.5",
        "2026-03-03,Astra A14,50,44,440,44,160,4,1.5,8800,1,33.0") + "\n");
    return results;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  Reply get(String path, ApiTokens.Issued token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    return send(b, token);
  }

  Reply post(String path, ApiTokens.Issued token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    return send(b, token);
  }

  Reply send(HttpRequest.Builder b, ApiTokens.Issued token) throws Exception {
    if (token != null) {
      b.header("Authorization", "Bearer " + token.token());
    }
    HttpRequest request = b.build();
    HttpResponse<String> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException closed) {
      // a kept-alive connection the server closed in between: send once more on a new one, as
      // RFC 9112 9.3.1 lets a client do when no response came back
      r = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    JsonNode body = null;
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      body = json.readTree(r.body());
    }
    return new Reply(r.statusCode(), body, r.body(), r.headers());
  }

  @Override
  public void close() {
    server.close();
  }
}
