package org.netnps.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.netnps.app.serve.ServerStart;
import org.netnps.server.NetnpsServer;
import org.netnps.server.ServerSettings;
import org.netnps.server.auth.ApiTokens;
import org.netnps.server.auth.Role;

/** The server started as `netnps serve` starts it, on a free port, with one token of a role, and calls to its API. */
final class ServedResults implements AutoCloseable {
  private final NetnpsServer server;
  private final ApiTokens.Issued token;
  private final HttpClient http = HttpClient.newHttpClient();

  ServedResults(Path db, Path results, Role role, Path secret) {
    this.token = ApiTokens.issue("test", role);
    this.server = ServerStart.start(db, results, ServerSettings.defaults().withPort(0), ApiTokens.of(List.of(token)),
        secret);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1" + path))
        .header("Authorization", "Bearer " + token.token());
  }

  @Override
  public void close() {
    server.close();
  }
}
