package org.netnps.core.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * What an estimate rests on: the treated unit's change (post-period mean minus pre-period mean)
   * and each control unit's, with the control units' ids; units without values on one side are
   * left out of the controls.
   */
  public record Changes(double treated, String[] controlIds, double[] controls) {}

  public static Effect estimate(GridSeries treated, List<GridSeries> controls, int preFrom, int preTo, int postFrom,
      int postTo) {
    return estimate(changes(treated, controls, preFrom, preTo, postFrom, postTo));
  }

  /** The changes of the treated unit and of the control units with values before and after. */
  public static Changes changes(GridSeries treated, List<GridSeries> controls, int preFrom, int preTo, int postFrom,
      int postTo) {
    double dt = change(treated, preFrom, preTo, postFrom, postTo);
    List<String> ids = new ArrayList<>();
    double[] all = new double[controls.size()];
    int k = 0;
    for (GridSeries c : controls) {
      double d = change(c, preFrom, preTo, postFrom, postTo);
      if (!Double.isNaN(d)) {
        ids.add(c.gridId());
        all[k++] = d;
      }
    }
    double[] dc = Arrays.copyOf(all, k);
    if (Double.isNaN(dt) || dc.length < 2) {
      throw new IllegalArgumentException("difference-in-differences needs the treated unit and at least 2 control "
          + "units with values before and after, but had " + (Double.isNaN(dt) ? "no treated values" : "a treated unit")
          + " and " + dc.length + " control units");
    }
    return new Changes(dt, ids.toArray(String[]::new), dc);
  }

  public static Effect estimate(Changes c) {
    double[] dc = c.controls();
    double mc = StatUtils.mean(dc);
    double se = Math.sqrt(StatUtils.variance(dc, mc) * (1 + 1.0 / dc.length));
    return effect(c.treated() - mc, se, dc.length - 1, dc.length);
  }

  /**
   * Several actions measured as one programme: the mean of their estimates over N treated units
   * (units should be distinct: two actions on one unit are one observation). As for one action,
   * the noise of a unit's change is read from the control units, here pooled: variance sigma^2 =
   * the squared deviations of each action's control changes from their own mean over the sum of
   * their degrees of freedom. The estimate is the mean of N treated changes minus a weighted mean of
   * the distinct control units (unit u weighs the sum over the actions it controls of 1 / (N k_i)),
   * so its variance is sigma^2 x (1/N + sum of the squared weights): shared controls count as the
   * same unit, not as independent ones. Interval and p-value from Student's t with (distinct control
   * units - 1) degrees of freedom. Treated units are taken as independent of one another; units
   * that move together (neighbours) make the interval too narrow, which the pilot's placebo run
   * is there to show.
   */
  public static Effect pooled(List<Changes> actions) {
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("a pooled estimate needs at least one action");
    }
    int n = actions.size();
    double sum = 0;
    double squares = 0;
    int freedom = 0;
    Map<String, Double> weights = new HashMap<>();
    for (Changes c : actions) {
      double mc = StatUtils.mean(c.controls());
      sum += c.treated() - mc;
      for (int j = 0; j < c.controls().length; j++) {
        squares += (c.controls()[j] - mc) * (c.controls()[j] - mc);
        weights.merge(c.controlIds()[j], 1.0 / (n * c.controls().length), Double::sum);
      }
      freedom += c.controls().length - 1;
    }
    double squaredWeights = weights.values().stream().mapToDouble(w -> w * w).sum();
    double se = Math.sqrt(squares / freedom * (1.0 / n + squaredWeights));
    return effect(sum / n, se, weights.size() - 1, weights.size());
  }

  /**
   * A plan verified against a randomised holdout: units (clusters of actions' grids) were drawn at
   * random to be held back, so the treated and held-out units share what put them in the plan (a
   * problem that may end by itself, a bad week that regresses to the mean) and differ only by the
   * draw and the actions. Estimate = mean treated change - mean held-out change; Welch's interval
   * (each group's own variance, Welch-Satterthwaite degrees of freedom), since the actions may
   * spread the treated units' changes. Needs at least 2 units on each side.
   *
   * @param treated each treated unit's change (post-period mean minus pre-period mean)
   * @param heldOut each held-out unit's change over the same days
   */
  public static Effect againstHoldout(double[] treated, double[] heldOut) {
    if (treated.length < 2 || heldOut.length < 2) {
      throw new IllegalArgumentException("a comparison with a holdout needs at least 2 treated and 2 held-out units, "
          + "but had " + treated.length + " and " + heldOut.length);
    }
    double vt = StatUtils.variance(treated) / treated.length;
    double vc = StatUtils.variance(heldOut) / heldOut.length;
    double se = Math.sqrt(vt + vc);
    double df = (vt + vc) * (vt + vc)
        / (vt * vt / (treated.length - 1) + vc * vc / (heldOut.length - 1));
    return effect(StatUtils.mean(treated) - StatUtils.mean(heldOut), se, df, heldOut.length);
  }

  /**
   * The same units' changes in a run with the actions and in the same run without them, as only a
   * simulator replaying its random streams can give: the mean of the paired differences, with
   * Student's t over n - 1 degrees of freedom. On the treated units it is the actions' true effect;
   * on untreated units (a holdout, controls), what the actions spilled over onto them. Needs at
   * least 2 units, in the same order in both arrays.
   */
  public static Effect counterfactual(double[] with, double[] without) {
    if (with.length != without.length || with.length < 2) {
      throw new IllegalArgumentException("a counterfactual comparison needs the same units, at least 2, in both runs, "
          + "but had " + with.length + " and " + without.length);
    }
    double[] d = new double[with.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = with[i] - without[i];
    }
    return effect(StatUtils.mean(d), Math.sqrt(StatUtils.variance(d) / d.length), d.length - 1, d.length);
  }

  /** The effect with Student's t; a zero standard error (all changes equal) leaves no interval and no t. */
  private static Effect effect(double est, double se, double degreesOfFreedom, int controlUnits) {
    if (se == 0) {
      return new Effect(est, est, est, est == 0 ? 1 : 0, controlUnits);
    }
    TDistribution t = new TDistribution(degreesOfFreedom);
    double q = t.inverseCumulativeProbability(0.975);
    double p = 2 * (1 - t.cumulativeProbability(Math.abs(est) / se));
    return new Effect(est, est - q * se, est + q * se, p, controlUnits);
  }

  private static double change(GridSeries unit, int preFrom, int preTo, int postFrom, int postTo) {
    return unit.mean(postFrom, postTo) - unit.mean(preFrom, preTo);
  }
}
