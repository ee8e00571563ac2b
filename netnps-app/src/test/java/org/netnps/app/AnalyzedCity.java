package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One small simulated city (4,000 subscribers, 5 days), simulated and analyzed once per test JVM
 * for the tests that read its results ({@link AnalyzeCliTest}, {@link LoopCliTest}); deleted when
 * the JVM exits.
 */
final class AnalyzedCity {
  /** The dataset, the results directory, the DuckDB store analyze wrote, and what it printed. */
  record Run(Path dataset, Path results, Path db, String stdout) {}

  private static Run run;

  private AnalyzedCity() {}

  static synchronized Run get() {
    if (run == null) {
      run = analyze();
    }
    return run;
  }

  private static Run analyze() {
    Path dir;
    try {
      dir = Files.createTempDirectory("netnps-analyzed-city");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Directories.deleteTree(dir);
      } catch (IOException e) {
        // a temporary directory left behind
      }
    }));
    Path dataset = dir.resolve("city");
    Path results = dir.resolve("results");
    Path db = dir.resolve("netnps.duckdb");
    assertEquals(0, Main.run("simulate", "--preset", "small", "--seed", "3", "--subscribers", "4000", "--days", "5",
        "--out", dataset.toString()));
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("analyze", dataset.toString(), "--out", results.toString(), "--db", db.toString()));
    } finally {
      System.setOut(original);
    }
    return new Run(dataset, results, db, out.toString(StandardCharsets.UTF_8));
  }
}
