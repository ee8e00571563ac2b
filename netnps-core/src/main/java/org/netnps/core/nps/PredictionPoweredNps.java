package org.netnps.core.nps;

/**
 * Network NPS over every scored subscriber by prediction-powered inference (Angelopoulos et al.,
 * Science 2023): the mean model score f = p_promoter - p_detractor over all N subscribers, plus
 * the mean residual (y - f) over the n surveyed answers (y = +1 promoter, 0 passive, -1
 * detractor; f out-of-fold), so a miscalibrated model does not bias the figure. Variance:
 * Var(f)/N + Var(y - f)/n; the interval shrinks as the model explains more.
 */
public final class PredictionPoweredNps {
  private PredictionPoweredNps() {}

  /** The rectifier: mean and variance of the residuals y - f over the answers. */
  public record Rectifier(double mean, double variance, int answers) {
    public static Rectifier of(double[] y, double[] fOutOfFold) {
      if (y.length != fOutOfFold.length) {
        throw new IllegalArgumentException("answers " + y.length + " and predictions " + fOutOfFold.length + " differ");
      }
      int n = y.length;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += y[i] - fOutOfFold[i];
      }
      double mean = n == 0 ? 0 : sum / n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double r = y[i] - fOutOfFold[i] - mean;
        ss += r * r;
      }
      return new Rectifier(mean, n > 1 ? ss / (n - 1) : 0, n);
    }

    /**
     * The rectifier under covariate shift (Angelopoulos et al. 2023, section on distribution
     * shift): residuals weighted by w = dP(base) / dP(answers) at each answer's features, self-
     * normalised; the variance is the weighted residuals' variance, so the effective number of
     * answers shrinks as the weights spread.
     */
    public static Rectifier weighted(double[] y, double[] fOutOfFold, double[] w) {
      int n = y.length;
      double sw = 0;
      double swr = 0;
      for (int i = 0; i < n; i++) {
        sw += w[i];
        swr += w[i] * (y[i] - fOutOfFold[i]);
      }
      if (n == 0 || sw <= 0) {
        return new Rectifier(0, 0, 0);
      }
      double mean = swr / sw;
      double v = 0;
      for (int i = 0; i < n; i++) {
        double z = w[i] / sw * n * (y[i] - fOutOfFold[i] - mean);
        v += z * z;
      }
      return new Rectifier(mean, n > 1 ? v / (n - 1) : 0, n);
    }
  }

  /** The estimate for a set of subscribers' scores f with a rectifier from answers. */
  public static NpsEstimate estimate(double[] f, Rectifier rectifier) {
    int n = f.length;
    if (n == 0) {
      return new NpsEstimate(Double.NaN, Double.NaN, Double.NaN, 0, rectifier.answers());
    }
    double mean = 0;
    for (double v : f) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : f) {
      ss += (v - mean) * (v - mean);
    }
    double varMean = (n > 1 ? ss / (n - 1) : 0) / n
        + (rectifier.answers() > 0 ? rectifier.variance() / rectifier.answers() : 0);
    double nps = 100 * clamp(mean + rectifier.mean());
    double half = 100 * NpsEstimate.Z95 * Math.sqrt(varMean);
    return new NpsEstimate(nps, Math.max(-100, nps - half), Math.min(100, nps + half), n, rectifier.answers());
  }

  /**
   * The prediction-powered mean of a probability (a class share): mean of p over all plus the
   * rectifier of (indicator - p) over the answers, clipped to [0, 1].
   */
  public static double share(double[] p, Rectifier rectifier) {
    double mean = 0;
    for (double v : p) {
      mean += v;
    }
    return p.length == 0 ? Double.NaN : Math.max(0, Math.min(1, mean / p.length + rectifier.mean()));
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }
}
