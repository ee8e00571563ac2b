package org.netnps.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes exactly the routes the server registers, with their security. */
class OpenApiDocumentTest {
  @TempDir
  Path tmp;

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
    JsonNode doc;
    try (java.io.InputStream in = getClass().getResourceAsStream("/org/netnps/server/openapi.json")) {
      doc = new ObjectMapper().readTree(in);
    }
    Set<String> documented = new TreeSet<>();
    for (java.util.Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (java.util.Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }
    Set<String> registered = new TreeSet<>();
    try (TestServer s = new TestServer(tmp, null)) {
      for (NetnpsServer.Route r : s.server.routes()) {
        registered.add(r.method() + " " + r.path());
        JsonNode op = doc.get("paths").get(r.path()).get(r.method().toLowerCase(Locale.ROOT));
        boolean open = op.has("security") && op.get("security").isEmpty();
        assertEquals(r.role() == null, open, r + ": documented security differs");
        if (r.role() != null) {
          assertTrue(op.get("responses").has("401"), r + " documents no 401");
        }
        if (r.role() == org.netnps.server.auth.Role.OPERATOR) {
          assertTrue(op.get("responses").has("403"), r + " documents no 403");
        }
      }
    }
    assertEquals(registered, documented);
  }
}
