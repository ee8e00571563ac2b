package org.netnps.ml;

/**
 * Calibration of multi-class margins by one temperature T (Guo et al., "On calibration of modern
 * neural networks", ICML 2017): p = softmax(margin / T), with T minimising the log-loss of
 * out-of-fold margins. One parameter cannot over-fit a few thousand answers and keeps the
 * ranking of subscribers unchanged.
 */
public final class TemperatureScaling {
  private static final double LOG_T_MIN = Math.log(0.25);
  private static final double LOG_T_MAX = Math.log(4);

  private TemperatureScaling() {}

  /** The temperature that minimises the log-loss, by golden-section search over log T. */
  public static double fit(float[][] margins, int[] y) {
    double a = LOG_T_MIN;
    double b = LOG_T_MAX;
    double g = (Math.sqrt(5) - 1) / 2;
    double c = b - g * (b - a);
    double d = a + g * (b - a);
    for (int it = 0; it < 60; it++) {
      if (Metrics.logLoss(softmax(margins, Math.exp(c)), y) < Metrics.logLoss(softmax(margins, Math.exp(d)), y)) {
        b = d;
      } else {
        a = c;
      }
      c = b - g * (b - a);
      d = a + g * (b - a);
    }
    return Math.exp((a + b) / 2);
  }

  public static double[][] softmax(float[][] margins, double temperature) {
    double[][] p = new double[margins.length][];
    for (int i = 0; i < margins.length; i++) {
      p[i] = softmax(margins[i], temperature);
    }
    return p;
  }

  public static double[] softmax(float[] m, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : m) {
      max = Math.max(max, v / temperature);
    }
    double[] p = new double[m.length];
    double sum = 0;
    for (int k = 0; k < m.length; k++) {
      p[k] = Math.exp(m[k] / temperature - max);
      sum += p[k];
    }
    for (int k = 0; k < m.length; k++) {
      p[k] /= sum;
    }
    return p;
  }
}
