package org.netnps.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.pm.CounterMapping;

/**
 * netnps's read + validate of an xDR CSV against DuckDB's {@code read_csv} of the same file into a
 * table, in one process, in interleaved pairs (ours, DuckDB) after one warm-up of each, as
 * research/performance.md recommends: absolute times drift on a shared machine, ratios hold.
 */
public final class IngestBenchmark {
  /** One timed pair: seconds for ours and for DuckDB. */
  public record Pair(double oursSeconds, double duckdbSeconds) {
    public double ratio() {
      return duckdbSeconds / oursSeconds;
    }
  }

  /** Everything measured: rows, bytes, pairs. */
  public record Result(long rows, long bytes, int duckdbThreads, List<Pair> pairs) {}

  private final Path dir;
  private final int duckdbThreads;

  public IngestBenchmark(Path dir, int duckdbThreads) {
    this.dir = dir;
    this.duckdbThreads = duckdbThreads;
  }

  public Result run(long rows, int pairs, java.io.PrintStream log) throws Exception {
    Path xdr = XdrBenchData.ensure(dir, rows);
    log.printf("input: %s (%d MB)%n", xdr, Files.size(xdr) >> 20);
    long oursRows = ours();
    long duckRows = duckdb(xdr);
    if (oursRows != rows || duckRows != rows) {
      throw new IllegalStateException("row counts differ: ours " + oursRows + ", DuckDB " + duckRows
          + ", expected " + rows);
    }
    List<Pair> measured = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      long t0 = System.nanoTime();
      ours();
      long t1 = System.nanoTime();
      duckdb(xdr);
      long t2 = System.nanoTime();
      Pair p = new Pair((t1 - t0) / 1e9, (t2 - t1) / 1e9);
      log.printf("pair %d: netnps %.2f s (%.2f M rows/s), DuckDB %.2f s (%.2f M rows/s), ratio %.2f%n",
          i + 1, p.oursSeconds(), rows / p.oursSeconds() / 1e6, p.duckdbSeconds(),
          rows / p.duckdbSeconds() / 1e6, p.ratio());
      measured.add(p);
    }
    return new Result(rows, Files.size(xdr), duckdbThreads, measured);
  }

  /** Reads and validates every row of the dataset, as {@code netnps validate} does. */
  private long ours() {
    DatasetReport report = new DatasetReader(dir, CounterMapping.defaults())
        .read(new DatasetVisitor() {}, n -> {});
    if (report.rejected() > 0 || report.hasErrors()) {
      throw new IllegalStateException("benchmark input was rejected: " + report.files());
    }
    return report.files().stream().filter(f -> f.kind().equals("xdr")).mapToLong(f -> f.accepted()).sum();
  }

  private long duckdb(Path xdr) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + duckdbThreads);
      s.execute("CREATE TABLE xdr AS SELECT * FROM read_csv('" + xdr + "', header = true)");
      try (var r = s.executeQuery("SELECT count(*) FROM xdr")) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
