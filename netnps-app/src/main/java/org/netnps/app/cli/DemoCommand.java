package org.netnps.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.netnps.app.Main;
import org.netnps.app.serve.ServerStart;
import org.netnps.core.UserException;
import org.netnps.io.results.PlanFile;
import org.netnps.io.store.ActionStore;
import org.netnps.io.store.DuckDbStore;
import org.netnps.server.NetnpsServer;
import org.netnps.server.ServerSettings;
import org.netnps.server.auth.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code netnps demo}: the main job on embedded defaults. Simulates a city with SRCON, analyzes it
 * into a DuckDB store, proposes the plan into the closed loop and serves the dashboard, printing the
 * URL and a viewer and an operator token. A second run reuses the city and the analysis.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Simulate a city, analyze it, serve the dashboard; prints the URL and tokens (docs/server.md).")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--dir", defaultValue = "target/demo", description = "working directory (default ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--preset", defaultValue = "small", description = "SRCON preset: tiny, small or city (default "
      + "${DEFAULT-VALUE})")
  String preset;

  @Option(names = "--seed", defaultValue = "1", description = "simulation seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--port", defaultValue = "7070", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--force", description = "simulate and analyze again even when the directory has them")
  boolean force;

  @Option(names = "--stop-after-start", description = "stop once the server answers (for scripted checks)")
  boolean stopAfterStart;

  @Override
  public Integer call() throws Exception {
    Path city = dir.resolve("city");
    Path results = dir.resolve("results");
    Path db = dir.resolve("netnps.duckdb");
    if (force || !Files.isDirectory(city)) {
      step("simulating a " + preset + " city with SRCON (seed " + seed + ") into " + city);
      check(Main.run("simulate", "--preset", preset, "--seed", Long.toString(seed), "--out", city.toString(),
          "--force"), "simulate");
    }
    if (force || !Files.isRegularFile(db) || !Files.isRegularFile(results.resolve("summary.json"))) {
      Files.deleteIfExists(db);
      step("analyzing " + city + " into " + results + " and " + db);
      check(Main.run("analyze", city.toString(), "--out", results.toString(), "--db", db.toString()), "analyze");
      try (DuckDbStore store = DuckDbStore.open(db)) {
        int n = new ActionStore(store).propose(PlanFile.read(results.resolve("plan.csv")), "demo");
        step(n + " plan actions proposed into the closed loop");
      }
    } else {
      step("reusing " + city + " and its analysis (--force simulates again)");
    }
    List<ApiTokens.Issued> tokens = ServerStart.sessionTokens();
    NetnpsServer server = ServerStart.start(db, results, ServerSettings.defaults().withPort(port),
        ApiTokens.of(tokens), ServerStart.secretFileFor(db));
    ServeCommand.announce(server, "127.0.0.1", tokens, !stopAfterStart);
    if (stopAfterStart) {
      server.close();
      return 0;
    }
    ServeCommand.awaitShutdown(server);
    return 0;
  }

  private static void step(String s) {
    System.out.println("demo: " + s);
  }

  private static void check(int exit, String what) throws IOException {
    if (exit != 0) {
      throw new UserException("demo: " + what + " failed (exit " + exit + ")");
    }
  }
}
