package org.netnps.sim;

import java.util.random.RandomGenerator;

/** Draws from the distributions the models use. */
public final class Distributions {
  private Distributions() {}

  /** A lognormal with the given median and log-space standard deviation. */
  public static double lognormal(RandomGenerator rng, double median, double sigma) {
    return median * Math.exp(sigma * rng.nextGaussian());
  }

  /** Poisson by inversion (means up to a few hundred), or a rounded normal above that. */
  public static int poisson(RandomGenerator rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 200) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      n++;
    }
    return n;
  }

  public static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  public static double clip(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  /** Index drawn from cumulative weights (the last entry is the total). */
  public static int pick(RandomGenerator rng, double[] cumulative) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  public static double[] cumulative(double... weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    return c;
  }
}
