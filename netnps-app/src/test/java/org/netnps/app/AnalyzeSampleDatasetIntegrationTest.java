package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze on the independent generator's sample dataset in ../shared (present in CI). */
class AnalyzeSampleDatasetIntegrationTest {

  @Test
  void theSharedSampleDatasetIsAnalyzedWithoutRejectsAndWithFewAnswers(@TempDir Path tmp) throws Exception {
    Path sample = Path.of(System.getProperty("netnps.shared", "../../shared")).resolve("sample-dataset");
    assertTrue(Files.isDirectory(sample), "../shared/sample-dataset is needed (present in CI): " + sample);
    Path results = tmp.resolve("results");
    Path db = tmp.resolve("netnps.duckdb");
    assertEquals(0, Main.run("analyze", sample.toString(), "--out", results.toString(), "--db", db.toString()));
    JsonNode s = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
    assertEquals(0, s.get("rows").get("rejected").asLong());
    assertEquals(45, s.get("survey_responses").asInt());
    assertTrue(s.get("model").get("folds").asInt() >= 2, "few answers: fewer folds, not a failure");
    assertEquals(s.get("subscribers_scored").asInt() + 1, Files.readAllLines(results.resolve("subscribers.csv")).size());
    double lo = s.get("network_nps_ci95").get(0).asDouble();
    double hi = s.get("network_nps_ci95").get(1).asDouble();
    assertTrue(hi - lo > 10, "45 answers cannot give a narrow interval: [" + lo + ", " + hi + "]");

    // the server serves another generator's results as well: no findings, an empty plan, few answers
    try (ServedResults api = new ServedResults(db, results, org.netnps.server.auth.Role.VIEWER, tmp.resolve("secret"))) {
      for (String route : java.util.List.of("/nps", "/nps/trend", "/grids", "/grids/hours", "/cells", "/findings", "/plan",
          "/subscribers", "/model")) {
        java.net.http.HttpResponse<String> r = api.get(route);
        assertEquals(200, r.statusCode(), route + ": " + r.body());
      }
    }
  }
}
