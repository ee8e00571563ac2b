package org.netnps.app.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Ours against a peer on the same input, in one process: one warm-up of each, then interleaved
 * timed pairs (ours, peer), as research/performance.md recommends: absolute times drift on a
 * shared machine, ratios hold.
 */
public final class PairedRuns {
  /** One timed pair: seconds for ours and for the peer. */
  public record Pair(double oursSeconds, double peerSeconds) {
    public double ratio() {
      return peerSeconds / oursSeconds;
    }
  }

  /** Everything measured: rows, input bytes, the peer's threads, the pairs. */
  public record Result(long rows, long bytes, int peerThreads, List<Pair> pairs) {
    /** A one-row Markdown table: rows, MB, both medians in M rows/s, the median ratio and range. */
    public String table(String ours, String peer) {
      double[] ratios = pairs.stream().mapToDouble(Pair::ratio).sorted().toArray();
      double[] o = pairs.stream().mapToDouble(p -> rows / p.oursSeconds() / 1e6).sorted().toArray();
      double[] d = pairs.stream().mapToDouble(p -> rows / p.peerSeconds() / 1e6).sorted().toArray();
      return String.format(Locale.ROOT, "%n| rows | MB | %s (M rows/s, median) | %s, %d threads (M rows/s, median) | "
          + "ratio median [min, max] |%n| %d | %d | %.2f | %.2f | %.2f [%.2f, %.2f] |%n", ours, peer, peerThreads,
          rows, bytes >> 20, median(o), median(d), median(ratios), ratios[0], ratios[ratios.length - 1]);
    }
  }

  /** A timed run that returns what it counted (rows or groups), to check it did the work. */
  @FunctionalInterface
  public interface Run {
    long run() throws Exception;
  }

  private PairedRuns() {}

  public static List<Pair> measure(int pairs, long rows, Run ours, Run peer, PrintStream log, String oursName,
      String peerName) throws Exception {
    ours.run();
    peer.run();
    List<Pair> measured = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      ours.run();
      long t1 = System.nanoTime();
      double oursCpu = (processCpuNanos() - cpu0) / 1e9;
      peer.run();
      long t2 = System.nanoTime();
      Pair p = new Pair((t1 - t0) / 1e9, (t2 - t1) / 1e9);
      log.printf(Locale.ROOT, "pair %d: %s %.2f s (%.2f M rows/s; %.2f CPU s), %s %.2f s (%.2f M rows/s), "
          + "ratio %.2f%n", i + 1, oursName, p.oursSeconds(), rows / p.oursSeconds() / 1e6, oursCpu, peerName,
          p.peerSeconds(),
          rows / p.peerSeconds() / 1e6, p.ratio());
      measured.add(p);
    }
    return measured;
  }

  /** CPU time of the whole process (all threads), which a busy neighbour on a shared host disturbs less. */
  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  static double median(double[] sorted) {
    double[] s = Arrays.copyOf(sorted, sorted.length);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
