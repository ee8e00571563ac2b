package org.netnps.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.netnps.app.serve.ServerStart;
import org.netnps.core.UserException;
import org.netnps.io.store.DuckDbStore;
import org.netnps.server.NetnpsServer;
import org.netnps.server.ServerSettings;
import org.netnps.server.auth.ApiTokens;
import org.netnps.server.auth.Role;
import org.netnps.server.privacy.Pseudonyms;

/**
 * Load on the server over loopback: C concurrent clients, each sending the main routes in turn
 * for a fixed time; latency percentiles per route. The peer in the same run is DuckDB answering
 * each route's main query directly on one connection (no HTTP, no JSON): the floor the server
 * stands on.
 */
public final class ServeLoadBenchmark {
  /** A route's figures: requests, errors, latency percentiles in ms, and DuckDB's direct query p50 and p99. */
  public record RouteFigures(String route, long requests, long errors, double p50, double p95, double p99,
      double max, double duckdbP50, double duckdbP99) {}

  /** A route with its variants (different grids, hours, subscribers), each a URL path and DuckDB's query. */
  private record Probe(String name, List<String> paths, String sql, List<Object[]> params) {
    static Probe one(String name, String path, String sql, Object... params) {
      return new Probe(name, List.of(path), sql, java.util.Collections.singletonList(params));
    }
  }

  public List<RouteFigures> run(Path db, int clients, int seconds, boolean cache, boolean gzip, PrintStream log)
      throws Exception {
    ApiTokens.Issued token = ApiTokens.issue("bench", Role.VIEWER);
    Path secret = ServerStart.secretFileFor(db);
    List<Probe> probes;
    ServerSettings settings = ServerSettings.defaults().withPort(0);
    if (!cache) {
      settings = settings.withCacheBytes(0);
    }
    try (NetnpsServer server = ServerStart.start(db, null, settings, ApiTokens.of(List.of(token)), secret)) {
      probes = probes(db, Pseudonyms.fromSecretFile(secret));
      String base = "http://127.0.0.1:" + server.port() + "/api/v1";
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      for (Probe p : probes) {   // warm-up: one of each, failing loudly on a bad route
        HttpResponse<String> r = http.send(request(base + p.paths().get(0), token, false),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new UserException("bench serve: " + p.paths().get(0) + " answered " + r.statusCode() + ": " + r.body());
        }
      }
      log.printf(Locale.ROOT, "bench serve: %d clients for %d s on %d routes ...%n", clients, seconds, probes.size());
      Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
      Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
      probes.forEach(p -> {
        nanos.put(p.name(), new ConcurrentLinkedQueue<>());
        errors.put(p.name(), new AtomicLong());
      });
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      for (int c = 0; c < clients; c++) {
        int first = c;
        pool.submit(() -> {
          for (int i = first; System.nanoTime() < end; i++) {
            Probe p = probes.get(i % probes.size());
            String path = p.paths().get((i / probes.size()) % p.paths().size());
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> r = http.send(request(base + path, token, gzip),
                  HttpResponse.BodyHandlers.ofByteArray());
              nanos.get(p.name()).add(System.nanoTime() - t0);
              if (r.statusCode() != 200) {
                errors.get(p.name()).incrementAndGet();
              }
            } catch (Exception e) {
              errors.get(p.name()).incrementAndGet();
            }
          }
          return null;
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
      List<RouteFigures> out = new ArrayList<>();
      try (DuckDbStore direct = DuckDbStore.open(db)) {
        for (Probe p : probes) {
          double[] ms = toMs(nanos.get(p.name()));
          double[] duck = duckdb(direct, p);
          out.add(new RouteFigures(p.name(), ms.length, errors.get(p.name()).get(), pct(ms, 50), pct(ms, 95), pct(ms, 99),
              ms.length == 0 ? Double.NaN : ms[ms.length - 1], pct(duck, 50), pct(duck, 99)));
        }
      }
      return out;
    }
  }

  /** A GET; with {@code gzip} it asks for compressed answers, as browsers do (the body is not unpacked). */
  private static HttpRequest request(String url, ApiTokens.Issued token, boolean gzip) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token.token())
        .timeout(Duration.ofSeconds(30)).GET();
    if (gzip) {
      b.header("Accept-Encoding", "gzip");
    }
    return b.build();
  }

  /** The main routes; grid, hour and subscriber routes rotate over up to 500 different ones each. */
  private static List<Probe> probes(Path db, Pseudonyms pseudonyms) throws Exception {
    try (DuckDbStore s = DuckDbStore.open(db)) {
      List<String> grids = strings(s, "SELECT grid_id FROM results_grids WHERE hour IS NULL AND subscribers >= 5 "
          + "ORDER BY subscribers DESC "
          + "LIMIT 500");
      List<String> hours = strings(s, "SELECT DISTINCT strftime(hour AT TIME ZONE 'UTC', '%Y-%m-%dT%H:00:00Z') AS h "
          + "FROM results_grids WHERE hour IS NOT NULL ORDER BY h LIMIT 500");
      List<String> subscribers = strings(s, "SELECT subscriber_id FROM results_subscribers ORDER BY p_detractor DESC "
          + "LIMIT 500");
      List<Probe> p = new ArrayList<>();
      p.add(Probe.one("GET /nps", "/nps", "SELECT content FROM results_documents WHERE name = ?", "summary.json"));
      p.add(Probe.one("GET /nps/trend", "/nps/trend", "SELECT * FROM results_trend ORDER BY date"));
      p.add(Probe.one("GET /grids (period)", "/grids?metric=expected_nps", "SELECT * FROM results_grids WHERE hour IS NULL "
          + "AND subscribers >= ?", 5));
      p.add(new Probe("GET /grids?hour", hours.stream().map(h -> "/grids?hour=" + h).toList(), "SELECT * FROM "
          + "results_grids WHERE hour = ?::TIMESTAMPTZ AND subscribers >= ?",
          hours.stream().map(h -> new Object[] {h, 5}).toList()));
      p.add(new Probe("GET /grids/{id}", grids.stream().map(g -> "/grids/" + g).toList(), "SELECT * FROM results_grids "
          + "WHERE grid_id = ?", grids.stream().map(g -> new Object[] {g}).toList()));
      p.add(Probe.one("GET /findings", "/findings?limit=100", "SELECT * FROM results_findings ORDER BY nps_impact DESC "
          + "LIMIT 100"));
      p.add(Probe.one("GET /subscribers", "/subscribers?class=detractor&limit=50", "SELECT * FROM results_subscribers "
          + "WHERE predicted_class = ? ORDER BY p_detractor DESC LIMIT 50", "detractor"));
      p.add(new Probe("GET /subscribers/{p}", subscribers.stream().map(x -> "/subscribers/" + pseudonyms.of(x)).toList(),
          "SELECT * FROM results_reasons WHERE subscriber_id = ?", subscribers.stream().map(x -> new Object[] {x}).toList()));
      return p;
    }
  }

  private static List<String> strings(DuckDbStore s, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (var st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    if (out.isEmpty()) {
      throw new UserException("bench serve: the database has no analysis results (" + sql + ")");
    }
    return out;
  }

  /** DuckDB answering the route's main query 200 times on one connection (variants in turn), ms each. */
  private static double[] duckdb(DuckDbStore s, Probe p) throws Exception {
    double[] ms = new double[200];
    try (PreparedStatement ps = s.connection().prepareStatement(p.sql())) {
      for (int i = 0; i < ms.length; i++) {
        Object[] params = p.params().get(i % p.params().size());
        for (int k = 0; k < params.length; k++) {
          ps.setObject(k + 1, params[k]);
        }
        long t0 = System.nanoTime();
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            r.getObject(1);
          }
        }
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double[] toMs(ConcurrentLinkedQueue<Long> nanos) {
    double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).toArray();
    Arrays.sort(ms);
    return ms;
  }

  static double pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** The figures as a markdown table. */
  public static String table(List<RouteFigures> rows) {
    StringBuilder b = new StringBuilder("| route | requests | errors | p50 ms | p95 ms | p99 ms | max ms | DuckDB direct "
        + "p50 ms | DuckDB direct p99 ms | p99 / DuckDB p99 |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (RouteFigures r : rows) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f |%n", r.route(),
          r.requests(), r.errors(), r.p50(), r.p95(), r.p99(), r.max(), r.duckdbP50(), r.duckdbP99(),
          r.p99() / r.duckdbP99()));
    }
    return b.toString();
  }
}
