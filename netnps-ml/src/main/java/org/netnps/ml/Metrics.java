package org.netnps.ml;

import java.util.Arrays;

/** Hold-out metrics of class probabilities (columns: detractor, passive, promoter). */
public record Metrics(double detractorAuc, double logLoss, double brier, double accuracy, int rows) {
  private static final double EPS = 1e-12;

  public static Metrics of(double[][] p, int[] y) {
    double[] det = new double[p.length];
    boolean[] isDet = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      det[i] = p[i][0];
      isDet[i] = y[i] == 0;
    }
    return new Metrics(auc(det, isDet), logLoss(p, y), brier(p, y), accuracy(p, y), p.length);
  }

  /** Mean negative log-likelihood of the true class. */
  public static double logLoss(double[][] p, int[] y) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      s -= Math.log(Math.max(EPS, p[i][y[i]]));
    }
    return s / p.length;
  }

  /** Multi-class Brier score: mean over rows of the squared distance to the one-hot truth. */
  public static double brier(double[][] p, int[] y) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      for (int k = 0; k < p[i].length; k++) {
        double t = y[i] == k ? 1 : 0;
        s += (p[i][k] - t) * (p[i][k] - t);
      }
    }
    return s / p.length;
  }

  public static double accuracy(double[][] p, int[] y) {
    int right = 0;
    for (int i = 0; i < p.length; i++) {
      int best = 0;
      for (int k = 1; k < p[i].length; k++) {
        if (p[i][k] > p[i][best]) {
          best = k;
        }
      }
      if (best == y[i]) {
        right++;
      }
    }
    return (double) right / p.length;
  }

  /** Area under the ROC curve (Mann-Whitney, ties counted half); NaN with one class only. */
  public static double auc(double[] score, boolean[] positive) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    double rankSum = 0;
    long pos = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          rankSum += rank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = score.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }
}
