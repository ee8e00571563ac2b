package org.netnps.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.server.TestServer.Reply;
import org.netnps.server.api.ActionVerifier;

/**
 * The server on the results fixture for the API tests, with a verifier that counts its calls and
 * verifies (the difference-in-differences itself is tested in netnps-app).
 */
abstract class ApiTestBase {
  @TempDir
  static Path tmp;
  static TestServer s;
  static int verifications;

  @BeforeAll
  static void start() throws Exception {
    ActionVerifier verifier = (a, loop) -> {
      verifications++;
      return new ActionVerifier.Verdict(true, "expected NPS +1.00 [+0.20, +1.80]", Map.of("treated_grids", List.of(a.gridId())));
    };
    s = new TestServer(tmp, verifier);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  static void assertBad(Reply r, String parameter, String value) {
    assertEquals(400, r.status(), r.text());
    assertEquals(parameter, r.body().get("parameter").asText(), r.text());
    assertEquals(value, r.body().get("value").asText(), r.text());
    assertNotNull(r.body().get("error").asText());
  }

  static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  static List<String> texts(JsonNode array, String field) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
  }

  /** An object's keys in the order the answer wrote them. */
  static List<String> fieldNames(JsonNode object) {
    List<String> out = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
