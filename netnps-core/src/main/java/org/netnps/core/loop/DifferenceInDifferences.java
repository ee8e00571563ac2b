package org.netnps.core.loop;

import java.util.List;

/**
 * The measured effect of an action: difference-in-differences of a metric between treated grids
 * and their matched controls, post-period mean minus pre-period mean per grid, so the standard
 * error is clustered by grid (each grid's change is one observation; Welch's two-sample form).
 * An effect is verified only when its 95% interval excludes zero.
 */
public final class DifferenceInDifferences {
  private static final double Z95 = 1.959963984540054;

  private DifferenceInDifferences() {}

  /** The estimate, its 95% interval, two-sided p-value, and the grids behind it. */
  public record Effect(double estimate, double lo, double hi, double pValue, int treatedGrids, int controlGrids) {
    /** Whether the change is verified: its interval excludes zero. */
    public boolean verified() {
      return lo > 0 || hi < 0;
    }
  }

  public static Effect estimate(List<GridSeries> treated, List<GridSeries> controls, int preFrom, int preTo,
      int postFrom, int postTo) {
    double[] dt = changes(treated, preFrom, preTo, postFrom, postTo);
    double[] dc = changes(controls, preFrom, preTo, postFrom, postTo);
    if (dt.length == 0 || dc.length == 0) {
      throw new IllegalArgumentException("difference-in-differences needs treated and control grids with values "
          + "before and after, but had " + dt.length + " and " + dc.length);
    }
    double mt = mean(dt);
    double mc = mean(dc);
    double se = Math.sqrt(variance(dt, mt) / dt.length + variance(dc, mc) / dc.length);
    double est = mt - mc;
    double z = se > 0 ? est / se : (est == 0 ? 0 : Double.POSITIVE_INFINITY * Math.signum(est));
    double p = se > 0 ? 2 * (1 - normalCdf(Math.abs(z))) : (est == 0 ? 1 : 0);
    return new Effect(est, est - Z95 * se, est + Z95 * se, p, dt.length, dc.length);
  }

  private static double[] changes(List<GridSeries> grids, int preFrom, int preTo, int postFrom, int postTo) {
    return grids.stream().mapToDouble(g -> g.mean(postFrom, postTo) - g.mean(preFrom, preTo))
        .filter(d -> !Double.isNaN(d)).toArray();
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double variance(double[] v, double m) {
    if (v.length < 2) {
      return 0;
    }
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return s / (v.length - 1);
  }

  /** Standard normal CDF (Zelen and Severo 1964, 26.2.17; error below 7.5e-8). */
  static double normalCdf(double z) {
    if (z < 0) {
      return 1 - normalCdf(-z);
    }
    double t = 1 / (1 + 0.2316419 * z);
    double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
  }
}
