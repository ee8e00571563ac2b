package org.netnps.core.loop;

import java.util.SplittableRandom;

/**
 * Fisher's randomisation test of a holdout comparison: under the null hypothesis that the plan
 * changed nothing, each unit's change is what it would have been either way, so every way the
 * random draw could have split the units into treated and held out was as likely as the one it
 * made. The p-value is the share of those splits whose difference of means is at least as far
 * from zero as the one observed (two-sided). It assumes nothing about the changes' distribution,
 * which Welch's t does with a handful of units. All splits are counted when there are at most
 * {@code draws} of them, otherwise {@code draws} random ones are, with the observed split counted
 * in (p = (1 + hits) / (1 + draws), never 0).
 */
public final class RandomisationInference {
  /** Relative slack for a split's difference to count as equal to the observed one (sums in another order). */
  private static final double TIE = 1e-9;

  private RandomisationInference() {}

  /** The two-sided p-value of mean(treated) - mean(heldOut); needs at least one unit on each side. */
  public static double pValue(double[] treated, double[] heldOut, int draws, long seed) {
    if (treated.length == 0 || heldOut.length == 0 || draws < 1) {
      throw new IllegalArgumentException("a randomisation test needs units on both sides and at least one draw");
    }
    int n = treated.length + heldOut.length;
    double[] all = new double[n];
    System.arraycopy(treated, 0, all, 0, treated.length);
    System.arraycopy(heldOut, 0, all, treated.length, heldOut.length);
    double total = sum(all);
    double observed = Math.abs(difference(sum(treated), total, treated.length, n));
    double bar = observed - TIE * Math.max(1, observed);
    double splits = splits(n, treated.length);
    if (splits <= draws) {
      long[] hits = new long[1];
      enumerate(all, treated.length, 0, treated.length, 0, total, bar, hits);
      return hits[0] / splits;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] shuffled = all.clone();
    long hits = 0;
    for (int d = 0; d < draws; d++) {
      double s = 0;
      for (int i = 0; i < treated.length; i++) {   // the first k of a partial Fisher-Yates shuffle
        int j = i + random.nextInt(n - i);
        double t = shuffled[i];
        shuffled[i] = shuffled[j];
        shuffled[j] = t;
        s += shuffled[i];
      }
      if (Math.abs(difference(s, total, treated.length, n)) >= bar) {
        hits++;
      }
    }
    return (1.0 + hits) / (1.0 + draws);
  }

  /** Counts the splits of {@code size} treated units that put k more of all[from..] on that side, reaching the bar. */
  private static void enumerate(double[] all, int size, int from, int k, double chosen, double total, double bar,
      long[] hits) {
    if (k == 0) {
      if (Math.abs(difference(chosen, total, size, all.length)) >= bar) {
        hits[0]++;
      }
      return;
    }
    for (int i = from; i <= all.length - k; i++) {
      enumerate(all, size, i + 1, k - 1, chosen + all[i], total, bar, hits);
    }
  }

  private static double difference(double treatedSum, double total, int k, int n) {
    return treatedSum / k - (total - treatedSum) / (n - k);
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  /** C(n, k) as a double (exact well past any count of splits enumerated). */
  static double splits(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
