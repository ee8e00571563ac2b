package org.netnps.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.netnps.app.serve.ServerStart;
import org.netnps.server.NetnpsServer;
import org.netnps.server.ServerSettings;
import org.netnps.server.auth.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netnps serve --db FILE}: the REST API and the dashboard on stored results. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api/v1, OpenAPI at /api/v1/openapi.json), the dashboard (/) and Prometheus "
        + "metrics (/metrics) on the results `netnps analyze --db FILE` stored (docs/server.md).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", required = true, paramLabel = "FILE", description = "DuckDB database with analysis results")
  Path db;

  @Option(names = "--results", paramLabel = "RESULTS", description = "the results directory (lets the API verify "
      + "implemented actions against control grids)")
  Path results;

  @Option(names = "--port", defaultValue = "7070", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface to listen on (default "
      + "${DEFAULT-VALUE}; 0.0.0.0 for all)")
  String host;

  @Option(names = "--tokens", paramLabel = "FILE", description = "API tokens file, lines 'name role sha256' "
      + "(`netnps token` makes them); without it a viewer and an operator token are made for this run and printed")
  Path tokens;

  @Option(names = "--secret-file", paramLabel = "FILE", description = "pseudonym secret (hex); created when missing "
      + "(default: the database path + .pseudonym-secret)")
  Path secretFile;

  @Option(names = "--tile-url", paramLabel = "URL", description = "map tile URL template, e.g. "
      + "https://tile.example/{z}/{x}/{y}.png (default: none, the map works offline)")
  String tileUrl;

  @Option(names = "--min-grid-subscribers", defaultValue = "5", description = "smallest grid the map shows "
      + "(default ${DEFAULT-VALUE})")
  int minGridSubscribers;

  @Option(names = "--stop-after-start", description = "stop once the server answers (for scripted checks)")
  boolean stopAfterStart;

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings settings = ServerSettings.defaults().withHost(host).withPort(port).withTileUrl(tileUrl)
        .withMinGridSubscribers(minGridSubscribers);
    List<ApiTokens.Issued> issued = tokens == null ? ServerStart.sessionTokens() : List.of();
    ApiTokens accepted = tokens == null ? ApiTokens.of(issued) : ApiTokens.read(tokens);
    NetnpsServer server = ServerStart.start(db, results, settings, accepted,
        secretFile == null ? ServerStart.secretFileFor(db) : secretFile);
    announce(server, host, issued, !stopAfterStart);
    if (stopAfterStart) {
      server.close();
      return 0;
    }
    awaitShutdown(server);
    return 0;
  }

  static void announce(NetnpsServer server, String host, List<ApiTokens.Issued> issued, boolean staying) {
    String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + server.port() + "/";
    System.out.println("netnps serving on " + base + " (API " + base + "api/v1, metrics " + base + "metrics)");
    for (ApiTokens.Issued t : issued) {
      System.out.println("  " + t.role().code() + " token: " + t.token() + "   open: " + base + "#token=" + t.token());
    }
    if (staying) {
      System.out.println("Ctrl-C stops it.");
    }
    System.out.flush();
  }

  static void awaitShutdown(NetnpsServer server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "netnps-shutdown"));
    stopped.await();
  }
}
