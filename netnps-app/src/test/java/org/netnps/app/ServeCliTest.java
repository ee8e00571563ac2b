package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job and its companions as a user runs them: demo, token, serve with a tokens file, report. */
class ServeCliTest {
  @TempDir
  Path tmp;

  @Test
  void demoSimulatesAnalyzesProposesThePlanAndServesWithPrintedTokens_thenServeAndReportReuseIt() throws Exception {
    String demo = run("demo", "--dir", tmp.toString(), "--preset", "tiny", "--port", "0", "--stop-after-start");
    assertTrue(demo.contains("demo: simulating a tiny city"), demo);
    assertTrue(demo.matches("(?s).*demo: \\d+ plan actions proposed into the closed loop.*"), demo);
    Matcher url = Pattern.compile("viewer token: (\\S+)\\s+open: http://127\\.0\\.0\\.1:\\d+/#token=(\\S+)").matcher(demo);
    assertTrue(url.find(), demo);
    assertEquals(url.group(1), url.group(2));
    assertTrue(demo.contains("operator token: "));
    assertTrue(Files.isRegularFile(tmp.resolve("netnps.duckdb.pseudonym-secret")));

    String again = run("demo", "--dir", tmp.toString(), "--preset", "tiny", "--port", "0", "--stop-after-start");
    assertTrue(again.contains("demo: reusing"), again);

    String token = run("token", "--name", "noc-1", "--role", "operator");
    String line = token.lines().filter(l -> l.startsWith("tokens file line: ")).findFirst().orElseThrow()
        .substring("tokens file line: ".length());
    assertTrue(line.matches("noc-1 operator [0-9a-f]{64}"), line);
    Path tokens = tmp.resolve("tokens");
    Files.writeString(tokens, line + "\n");
    String serve = run("serve", "--db", tmp.resolve("netnps.duckdb").toString(), "--tokens", tokens.toString(),
        "--port", "0", "--stop-after-start");
    assertTrue(serve.startsWith("netnps serving on http://127.0.0.1:"), serve);
    assertTrue(!serve.contains("token:"), "a tokens file means no tokens are made or printed");

    String report = run("report", tmp.resolve("results").toString(), "--out", tmp.resolve("report.html").toString());
    assertTrue(report.startsWith("report written to"));
    assertTrue(Files.size(tmp.resolve("report.html")) > 1_000_000, "ECharts is inlined");
  }

  @Test
  void serveWithoutAnAnalyzedDatabaseSaysWhatToRun() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertEquals(Main.EXIT_USER_ERROR, Main.run("serve", "--db", tmp.resolve("none.duckdb").toString(), "--port", "0",
          "--stop-after-start"));
    } finally {
      System.setErr(original);
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("run `netnps analyze DATASET --out RESULTS --db"), err.toString());
  }

  private static String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args), () -> out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
