package org.netnps.core.loop;

import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Control candidates (grids or units of grids) for a treated one, nearest in pre-period level and
 * trend first (each standardised over the candidates): what a difference-in-differences compares
 * against should have been where the treated one was, going where it went.
 */
public final class ControlMatching {
  private ControlMatching() {}

  /** The candidates with pre-period values, nearest to the treated one in level and trend first. */
  public static List<GridSeries> ranked(GridSeries treated, List<GridSeries> candidates, int preFrom, int preTo) {
    List<GridSeries> pool = candidates.stream().filter(c -> !Double.isNaN(c.mean(preFrom, preTo))).toList();
    double levelSd = sd(pool.stream().mapToDouble(c -> c.mean(preFrom, preTo)).toArray());
    double trendSd = sd(pool.stream().mapToDouble(c -> c.slope(preFrom, preTo)).toArray());
    double level = treated.mean(preFrom, preTo);
    double trend = treated.slope(preFrom, preTo);
    return pool.stream()
        .sorted(Comparator.comparingDouble(c -> Math.hypot((c.mean(preFrom, preTo) - level) / levelSd,
            (c.slope(preFrom, preTo) - trend) / trendSd)))
        .toList();
  }

  /** Sample standard deviation, 1 when there is none (fewer than 2 values, or all equal). */
  private static double sd(double[] v) {
    double sd = v.length > 1 ? Math.sqrt(StatUtils.variance(v)) : 0;
    return sd > 0 ? sd : 1;
  }
}
