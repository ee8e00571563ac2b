package org.netnps.core.loop;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The measured effect of an action: difference-in-differences of a metric between the treated
 * unit (the action's grids, one daily series) and control units built the same way, each unit's
 * post-period mean minus its pre-period mean.
 *
 * <p>The treated grids share subscribers and cells, so together they are one observation, not
 * one per grid (counting them as independent made the interval too narrow: a placebo run verified
 * 5 of 26 actions that never happened). How much a unit's change varies with no action at all is
 * read from the control units' changes, inference by placebo in space: estimate = treated change
 * - mean control change; standard error = their standard deviation x sqrt(1 + 1/k) for k control
 * units; the 95% interval and the two-sided p-value from Student's t with k - 1 degrees of
 * freedom. An effect is verified only when its interval excludes zero.
 */
public final class DifferenceInDifferences {
  private DifferenceInDifferences() {}

  /** The estimate, its 95% interval, two-sided p-value, and the control units behind it. */
  public record Effect(double estimate, double lo, double hi, double pValue, int controlUnits) {
    /** Whether the change is verified: its interval excludes zero. */
    public boolean verified() {
      return lo > 0 || hi < 0;
    }
  }

  public static Effect estimate(GridSeries treated, List<GridSeries> controls, int preFrom, int preTo, int postFrom,
      int postTo) {
    double dt = change(treated, preFrom, preTo, postFrom, postTo);
    double[] dc = controls.stream().mapToDouble(c -> change(c, preFrom, preTo, postFrom, postTo))
        .filter(d -> !Double.isNaN(d)).toArray();
    if (Double.isNaN(dt) || dc.length < 2) {
      throw new IllegalArgumentException("difference-in-differences needs the treated unit and at least 2 control "
          + "units with values before and after, but had " + (Double.isNaN(dt) ? "no treated values" : "a treated unit")
          + " and " + dc.length + " control units");
    }
    double mc = StatUtils.mean(dc);
    double se = Math.sqrt(StatUtils.variance(dc, mc) * (1 + 1.0 / dc.length));
    double est = dt - mc;
    if (se == 0) {
      return new Effect(est, est, est, est == 0 ? 1 : 0, dc.length);
    }
    TDistribution t = new TDistribution(dc.length - 1);
    double q = t.inverseCumulativeProbability(0.975);
    double p = 2 * (1 - t.cumulativeProbability(Math.abs(est) / se));
    return new Effect(est, est - q * se, est + q * se, p, dc.length);
  }

  private static double change(GridSeries unit, int preFrom, int preTo, int postFrom, int postTo) {
    return unit.mean(postFrom, postTo) - unit.mean(preFrom, preTo);
  }
}
