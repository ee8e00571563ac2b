package org.netnps.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.server.TestServer.Reply;
import org.netnps.server.api.ActionVerifier;

/** The closed loop through the API: the lifecycle, its audit trail, and what it refuses. */
class ActionsApiTest extends ApiTestBase {
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
  void aPlanIsVerifiedOnlyOnceActionsAreImplementedAndByAVerifierOfPlans(@TempDir Path dir) throws Exception {
    // a store of its own, and a verifier of single actions (the pooled verification is tested in netnps-app)
    try (TestServer own = new TestServer(dir, (a, loop) -> new ActionVerifier.Verdict(false, "n/a", Map.of()))) {
      own.post("/api/v1/actions", own.operator, "{\"action_ids\": [\"A005\"]}");
      Reply none = own.post("/api/v1/plan/verify", own.operator, "");
      assertEquals(409, none.status());
      assertTrue(none.body().get("error").asText().contains("no implemented action"), none.body().toString());
      assertEquals(403, own.post("/api/v1/plan/verify", own.viewer, "").status());
      own.post("/api/v1/actions/A005/approve", own.operator, "{}");
      own.post("/api/v1/actions/A005/implement", own.operator, "{\"at\": \"2026-03-05T00:00:00Z\"}");
      Reply single = own.post("/api/v1/plan/verify", own.operator, "");
      assertEquals(409, single.status());
      assertTrue(single.body().get("error").asText().contains("single actions only"), single.body().toString());
      assertEquals("implemented", own.get("/api/v1/actions/A005", own.viewer).body().get("status").asText());
    }
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
}
