package org.netnps.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
  private final Path dir;
  private final int duckdbThreads;

  public IngestBenchmark(Path dir, int duckdbThreads) {
    this.dir = dir;
    this.duckdbThreads = duckdbThreads;
  }

  public PairedRuns.Result run(long rows, int pairs, java.io.PrintStream log) throws Exception {
    Path xdr = XdrBenchData.ensure(dir, rows);
    log.printf("input: %s (%d MB)%n", xdr, Files.size(xdr) >> 20);
    long oursRows = ours();
    long duckRows = duckdb(xdr);
    if (oursRows != rows || duckRows != rows) {
      throw new IllegalStateException("row counts differ: ours " + oursRows + ", DuckDB " + duckRows
          + ", expected " + rows);
    }
    List<PairedRuns.Pair> measured = PairedRuns.measure(pairs, rows, this::ours, () -> duckdb(xdr), log, "netnps",
        "DuckDB");
    return new PairedRuns.Result(rows, Files.size(xdr), duckdbThreads, measured);
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
