package org.netnps.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.netnps.app.Directories;
import org.netnps.app.sim.TruthFiles;
import org.netnps.io.store.DuckDbStore;
import org.netnps.io.write.ContractDatasetWriter;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;

/**
 * SRCON's speed: simulate N subscribers x D days into a dataset (radio map, load, sessions,
 * counters, gzip CSV) and, in the same run, DuckDB re-writing the same xDR and PM rows (read the
 * .csv.gz files, write .csv.gz): the I/O floor any generator of that output pays.
 */
public final class SimulateBenchmark {
  public record Result(int subscribers, int days, int threads, long xdrs, long pmValues, double simulateSeconds,
      double duckdbSeconds, long peakHeapBytes) {}

  public Result run(Path dir, int subscribers, int days, int threads, int duckdbThreads, PrintStream log)
      throws IOException, SQLException {
    Directories.deleteTree(dir);
    Path ds = dir.resolve("dataset");
    Scenario scenario = Scenario.of(Preset.CITY, 1).withSize(subscribers, days);
    resetPeaks();
    long t0 = System.nanoTime();
    Map<String, Long> rows;
    try (ContractDatasetWriter writer = new ContractDatasetWriter(ds);
        TruthFiles truth = new TruthFiles(dir.resolve("dataset.truth"))) {
      new Srcon(World.build(scenario), threads).run(writer, truth);
      writer.close();
      rows = writer.rowCounts();
    }
    double sim = (System.nanoTime() - t0) / 1e9;
    long heap = peakHeap();
    long xdrs = rows.entrySet().stream().filter(e -> e.getKey().startsWith("xdr/")).mapToLong(Map.Entry::getValue).sum();
    long pm = rows.entrySet().stream().filter(e -> e.getKey().startsWith("pm/")).mapToLong(Map.Entry::getValue).sum();
    log.printf(Locale.ROOT, "simulated %d subscribers x %d days: %d xDRs, %d PM values in %.1f s%n", subscribers, days,
        xdrs, pm, sim);
    long t1 = System.nanoTime();
    try (DuckDbStore duck = DuckDbStore.open(dir.resolve("peer.duckdb"))) {
      duck.execute("SET threads = " + duckdbThreads);
      duck.execute("COPY (SELECT * FROM read_csv('" + ds.resolve("xdr") + "/*.csv.gz', all_varchar = true)) TO '"
          + dir.resolve("peer-xdr.csv.gz") + "' (FORMAT csv, COMPRESSION gzip)");
      duck.execute("COPY (SELECT * FROM read_csv('" + ds.resolve("pm") + "/*.csv.gz', all_varchar = true)) TO '"
          + dir.resolve("peer-pm.csv.gz") + "' (FORMAT csv, COMPRESSION gzip)");
    }
    double duck = (System.nanoTime() - t1) / 1e9;
    log.printf(Locale.ROOT, "DuckDB re-wrote the same rows in %.1f s%n", duck);
    return new Result(subscribers, days, threads, xdrs, pm, sim, duck, heap);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

}
