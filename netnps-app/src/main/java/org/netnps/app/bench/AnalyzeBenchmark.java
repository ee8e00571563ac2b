package org.netnps.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.qoe.QoeThresholds;
import org.netnps.core.qoe.SessionScorer;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.scan.ExperienceScan;
import org.netnps.io.scan.ScanResult;

/**
 * The per-session pass of {@code analyze} (read, validate, QoE-score every session, update every
 * subscriber's experience profile and H3 grid, keep poor events) against DuckDB's
 * {@code GROUP BY subscriber_id} of the same CSV (count, sums and means of five columns into a
 * table), in one process, interleaved pairs after a warm-up of each.
 */
public final class AnalyzeBenchmark {
  private final Path dir;
  private final int duckdbThreads;

  public AnalyzeBenchmark(Path dir, int duckdbThreads) {
    this.dir = dir;
    this.duckdbThreads = duckdbThreads;
  }

  public PairedRuns.Result run(long rows, int pairs, java.io.PrintStream log) throws Exception {
    Path xdr = XdrBenchData.ensure(dir, rows);
    log.printf("input: %s (%d MB)%n", xdr, Files.size(xdr) >> 20);
    long scored = ours();
    if (scored != rows) {
      throw new IllegalStateException("ours scored " + scored + " sessions, expected " + rows);
    }
    List<PairedRuns.Pair> measured = PairedRuns.measure(pairs, rows, this::ours, () -> duckdb(xdr), log, "netnps",
        "DuckDB group-by");
    return new PairedRuns.Result(rows, Files.size(xdr), duckdbThreads, measured);
  }

  private long ours() {
    ExperienceScan scan = new ExperienceScan(new SessionScorer(QoeThresholds.DEFAULTS), new GridIndexer(9));
    DatasetReport report = new DatasetReader(dir, CounterMapping.defaults()).read(scan, n -> {});
    if (report.rejected() > 0 || report.hasErrors()) {
      throw new IllegalStateException("benchmark input was rejected: " + report.files());
    }
    ScanResult r = scan.result();
    return r.sessions();
  }

  private long duckdb(Path xdr) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + duckdbThreads);
      s.execute("CREATE TABLE per_subscriber AS SELECT subscriber_id, count(*) AS sessions, "
          + "sum(dl_bytes) AS dl_bytes, avg(dl_kbps) AS dl_kbps, avg(rsrp_dbm) AS rsrp, avg(sinr_db) AS sinr, "
          + "avg(rtt_ms) AS rtt FROM read_csv('" + xdr + "', header = true) GROUP BY subscriber_id");
      try (var r = s.executeQuery("SELECT count(*) FROM per_subscriber")) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
