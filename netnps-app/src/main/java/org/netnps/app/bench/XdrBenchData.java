package org.netnps.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A benchmark dataset in the data contract: 2,000 cells and an xDR CSV of N sessions with every
 * column of the contract filled as a probe would (service-specific columns empty elsewhere),
 * 100,000 subscribers over one day. Written by DuckDB SQL (deterministic: hashes of the row
 * number), so generating 10M rows takes seconds, not minutes.
 */
public final class XdrBenchData {
  static final int CELLS = 2000;
  private static final long DAY_START_EPOCH_S = 1_772_409_600L; // 2026-03-02T00:00:00Z

  private XdrBenchData() {}

  /** Writes dir/cells.csv and dir/xdr/bench.csv unless they exist; returns the xDR file. */
  public static Path ensure(Path dir, long rows) throws SQLException, java.io.IOException {
    Path xdr = dir.resolve("xdr").resolve("bench.csv");
    if (Files.exists(xdr) && Files.exists(dir.resolve("cells.csv"))) {
      return xdr;
    }
    Files.createDirectories(xdr.getParent());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET TimeZone = 'UTC'");
      s.execute("COPY (" + cellsSql() + ") TO '" + dir.resolve("cells.csv") + "' (HEADER)");
      s.execute("COPY (" + xdrSql(rows) + ") TO '" + xdr + ".tmp' (HEADER)");
    }
    Files.move(Path.of(xdr + ".tmp"), xdr);
    return xdr;
  }

  private static String cellsSql() {
    return "SELECT 'C' || lpad(i::VARCHAR, 4, '0') AS cell_id, 'S' || lpad((i // 3)::VARCHAR, 4, '0') AS site_id, "
        + "CASE WHEN i % 3 = 0 THEN 'NR' ELSE 'LTE' END AS rat, round(1.25 + (i // 3) % 40 * 0.004, 6) AS lat, "
        + "round(103.7 + (i // 3) // 40 * 0.004, 6) AS lon, (i % 3) * 120 + 30 AS azimuth_deg, 30.0 AS height_m, "
        + "0 AS mech_tilt_deg, 6 AS elec_tilt_deg, CASE WHEN i % 3 = 0 THEN 3500.0 ELSE 1840.0 END AS freq_mhz, "
        + "CASE WHEN i % 3 = 0 THEN 100.0 ELSE 20.0 END AS bandwidth_mhz, 46.0 AS tx_power_dbm, i % 504 AS pci, "
        + "'R' || (i % 5) AS region FROM range(" + CELLS + ") t(i)";
  }

  private static String xdrSql(long n) {
    String u = "(hash(i * 7919 + %d) %% 1000000) / 1e6";
    String svc = "CASE WHEN " + u.formatted(1) + " < 0.45 THEN 'web' WHEN " + u.formatted(1)
        + " < 0.70 THEN 'video' WHEN " + u.formatted(1) + " < 0.82 THEN 'voice' WHEN " + u.formatted(1)
        + " < 0.90 THEN 'gaming' ELSE 'other' END";
    return "SELECT strftime(to_timestamp(" + DAY_START_EPOCH_S + " + i * 86400 // " + n + "), '%Y-%m-%dT%H:%M:%SZ') AS start_time, "
        + "(1000 + hash(i + 3) % 300000)::BIGINT AS duration_ms, "
        + "'46000' || lpad((hash(i + 5) % 100000)::VARCHAR, 10, '0') AS subscriber_id, s AS service, "
        + "'C' || lpad(cell::VARCHAR, 4, '0') AS cell_id, CASE WHEN cell % 3 = 0 THEN 'NR' ELSE 'LTE' END AS rat, "
        + "round(1.25 + " + u.formatted(2) + " * 0.16, 5) AS lat, round(103.7 + " + u.formatted(3) + " * 0.2, 5) AS lon, "
        + "round(-125 + " + u.formatted(4) + " * 60, 1) AS rsrp_dbm, round(-5 + " + u.formatted(5) + " * 30, 1) AS sinr_db, "
        + "CASE WHEN s <> 'voice' THEN (hash(i + 6) % 5000000)::BIGINT END AS dl_bytes, "
        + "CASE WHEN s <> 'voice' THEN (hash(i + 7) % 200000)::BIGINT END AS ul_bytes, "
        + "round(" + u.formatted(8) + " * 80000) AS dl_kbps, round(8 + " + u.formatted(9) + " * 90) AS rtt_ms, "
        + "round(" + u.formatted(10) + " * 3, 2) AS retrans_pct, "
        + "CASE WHEN s = 'web' THEN round(300 + " + u.formatted(11) + " * 4000) END AS page_load_ms, "
        + "CASE WHEN s = 'web' THEN (" + u.formatted(12) + " > 0.02)::INTEGER END AS http_ok, "
        + "CASE WHEN s = 'video' THEN round(200 + " + u.formatted(13) + " * 3000) END AS start_delay_ms, "
        + "CASE WHEN s = 'video' THEN (hash(i + 14) % 4)::INTEGER END AS stall_count, "
        + "CASE WHEN s = 'video' THEN round(" + u.formatted(15) + " * 8000) END AS stall_ms, "
        + "CASE WHEN s = 'video' THEN round(500 + " + u.formatted(16) + " * 6000) END AS bitrate_kbps, "
        + "CASE WHEN s = 'video' THEN [360, 480, 720, 1080][(1 + hash(i + 17) % 4)::BIGINT] END AS height_px, "
        + "CASE WHEN s = 'voice' THEN CASE WHEN " + u.formatted(18) + " < 0.01 THEN 'dropped' WHEN "
        + u.formatted(18) + " < 0.02 THEN 'failed' ELSE 'completed' END END AS call_result, "
        + "CASE WHEN s = 'voice' THEN round(800 + " + u.formatted(19) + " * 2500) END AS setup_ms, "
        + "CASE WHEN s = 'voice' THEN ['AMR-NB', 'AMR-WB', 'EVS'][(1 + hash(i + 20) % 3)::BIGINT] END AS codec, "
        + "CASE WHEN s = 'voice' THEN 12.65 END AS codec_kbps, "
        + "CASE WHEN s IN ('voice', 'gaming') THEN round(" + u.formatted(21) + " * 2, 2) END AS loss_pct, "
        + "CASE WHEN s IN ('voice', 'gaming') THEN round(" + u.formatted(22) + " * 40) END AS jitter_ms, "
        + "CASE WHEN s = 'voice' THEN round(80 + " + u.formatted(23) + " * 150) END AS delay_ms, "
        + "lpad((35000000 + hash(i + 24) % 2000000)::VARCHAR, 8, '0') AS tac "
        + "FROM (SELECT i, " + svc + " AS s, (hash(i + 11) % " + CELLS + ")::INTEGER AS cell FROM range(" + n + ") t(i))";
  }
}
