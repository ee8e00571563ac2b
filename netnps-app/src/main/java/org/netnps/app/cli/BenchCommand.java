package org.netnps.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.netnps.app.bench.AnalyzeBenchmark;
import org.netnps.app.bench.IngestBenchmark;
import org.netnps.app.bench.PairedRuns;
import org.netnps.core.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code netnps bench ingest}: our parse + validate against DuckDB's read_csv on one file;
 * {@code netnps bench simulate}: SRCON's speed against DuckDB re-writing the same rows;
 * {@code netnps bench analyze}: the per-session pass of analyze against DuckDB's group-by;
 * {@code netnps bench serve}: the API under concurrent load against DuckDB's direct queries.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks against a peer.",
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Simulate.class, BenchCommand.Analyze.class,
        BenchCommand.Serve.class})
public final class BenchCommand {

  /** The simulator benchmark. */
  @Command(name = "simulate", mixinStandardHelpOptions = true,
      description = "Simulate a city (SRCON) of --subscribers x --days into a dataset, then have DuckDB re-write "
          + "the same xDR and PM rows (read .csv.gz, write .csv.gz) in the same run; reports both and the ratio.")
  public static final class Simulate implements Callable<Integer> {
    @Option(names = "--subscribers", defaultValue = "100000", description = "subscribers (default ${DEFAULT-VALUE})")
    int subscribers;

    @Option(names = "--days", defaultValue = "1", description = "days (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--threads", defaultValue = "2", description = "simulator threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--duckdb-threads", defaultValue = "2", description = "DuckDB threads (default ${DEFAULT-VALUE})")
    int duckdbThreads;

    @Option(names = "--dir", paramLabel = "DIR", description = "scratch directory (default target/bench-simulate)")
    Path dir;

    @Override
    public Integer call() throws Exception {
      if (subscribers < 1 || days < 1 || threads < 1) {
        throw new UserException("--subscribers, --days and --threads must be at least 1");
      }
      var r = new org.netnps.app.bench.SimulateBenchmark().run(dir != null ? dir : Path.of("target", "bench-simulate"),
          subscribers, days, threads, duckdbThreads, System.out);
      System.out.printf(Locale.ROOT, "%n| subscribers x days | threads | xDRs | PM values | SRCON s | peak heap MB | DuckDB re-write s (%d threads) | ratio DuckDB/SRCON |%n",
          duckdbThreads);
      System.out.printf(Locale.ROOT, "| %d x %d | %d | %d | %d | %.1f | %d | %.1f | %.2f |%n", r.subscribers(), r.days(),
          r.threads(), r.xdrs(), r.pmValues(), r.simulateSeconds(), r.peakHeapBytes() >> 20, r.duckdbSeconds(),
          r.duckdbSeconds() / r.simulateSeconds());
      return 0;
    }
  }

  /** Options of the benchmarks that time ours against DuckDB on a generated xDR file. */
  static final class PairedOptions {
    @Option(names = "--rows", defaultValue = "10000000", description = "xDR rows (default ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--dir", paramLabel = "DIR", description = "where the input is generated and kept "
        + "(default target/bench-ROWS)")
    Path dir;

    @Option(names = "--pairs", defaultValue = "3", description = "timed pairs after warm-up (default ${DEFAULT-VALUE})")
    int pairs;

    @Option(names = "--duckdb-threads", defaultValue = "2", description = "DuckDB threads (default ${DEFAULT-VALUE})")
    int duckdbThreads;

    Path where() {
      if (pairs < 1 || rows < 1) {
        throw new UserException("--pairs and --rows must be at least 1");
      }
      return dir != null ? dir : Path.of("target", "bench-" + rows);
    }
  }

  /** The ingest benchmark. */
  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Read + validate an xDR CSV (generated once, kept in --dir) and, in the same run, "
          + "DuckDB's read_csv of the same file into a table; interleaved pairs, median ratio.")
  public static final class Ingest implements Callable<Integer> {
    @Mixin
    PairedOptions o;

    @Override
    public Integer call() throws Exception {
      PairedRuns.Result r = new IngestBenchmark(o.where(), o.duckdbThreads).run(o.rows, o.pairs, System.out);
      System.out.print(r.table("netnps parse+validate", "DuckDB read_csv -> table"));
      return 0;
    }
  }

  /** The analyze benchmark. */
  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = "The per-session pass of analyze (read, validate, QoE-score, update profiles, grids and "
          + "poor events) on an xDR CSV and, in the same run, DuckDB's GROUP BY subscriber_id of the same file.")
  public static final class Analyze implements Callable<Integer> {
    @Mixin
    PairedOptions o;

    @Override
    public Integer call() throws Exception {
      PairedRuns.Result r = new AnalyzeBenchmark(o.where(), o.duckdbThreads).run(o.rows, o.pairs, System.out);
      System.out.print(r.table("netnps analyze pass", "DuckDB group-by subscriber"));
      return 0;
    }
  }

  /** The server's load benchmark. */
  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = "Start the server on a database with results (`netnps demo` makes one), have --clients concurrent "
          + "clients call the main routes over loopback for --seconds, and report latency percentiles per route beside "
          + "DuckDB answering each route's main query directly.")
  public static final class Serve implements Callable<Integer> {
    @Option(names = "--db", defaultValue = "target/demo/netnps.duckdb", paramLabel = "FILE",
        description = "database with analysis results (default ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "duration (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--no-cache", description = "serve every request from the database (no answer cache)")
    boolean noCache;

    @Option(names = "--gzip", description = "clients ask for gzip, as browsers do")
    boolean gzip;

    @Override
    public Integer call() throws Exception {
      if (clients < 1 || seconds < 1 || seconds > 3600) {
        throw new UserException("--clients must be at least 1 and --seconds from 1 to 3600");
      }
      var rows = new org.netnps.app.bench.ServeLoadBenchmark().run(db, clients, seconds, !noCache, gzip, System.err);
      long requests = rows.stream().mapToLong(r -> r.requests()).sum();
      System.out.printf(Locale.ROOT, "%s; %d clients, %d s: %d requests (%.0f per second), %d errors%n%n",
          (noCache ? "no answer cache" : "answer cache on") + (gzip ? ", gzip" : ""), clients, seconds, requests, requests / (double) seconds,
          rows.stream().mapToLong(r -> r.errors()).sum());
      System.out.print(org.netnps.app.bench.ServeLoadBenchmark.table(rows));
      return 0;
    }
  }
}
