package org.netnps.ml;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability of predicted P(detractor) and P(promoter): answers binned by predicted probability
 * (tenths), with the mean prediction and the observed share in each bin, and the expected
 * calibration error (count-weighted mean gap).
 */
public record ReliabilityTable(String outcome, List<Bin> bins, double expectedCalibrationError) {
  public record Bin(double from, double to, int count, double meanPredicted, double observed) {}

  private static final int BINS = 10;

  /** @param cls 0 detractor, 2 promoter */
  public static ReliabilityTable of(double[][] p, int[] y, int cls) {
    int[] n = new int[BINS];
    double[] pred = new double[BINS];
    double[] obs = new double[BINS];
    for (int i = 0; i < p.length; i++) {
      int b = Math.min(BINS - 1, (int) (p[i][cls] * BINS));
      n[b]++;
      pred[b] += p[i][cls];
      obs[b] += y[i] == cls ? 1 : 0;
    }
    List<Bin> bins = new ArrayList<>();
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (n[b] == 0) {
        continue;
      }
      double mp = pred[b] / n[b];
      double mo = obs[b] / n[b];
      bins.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, n[b], mp, mo));
      ece += n[b] * Math.abs(mp - mo);
    }
    return new ReliabilityTable(cls == 0 ? "detractor" : cls == 2 ? "promoter" : "passive", bins,
        p.length == 0 ? Double.NaN : ece / p.length);
  }
}
