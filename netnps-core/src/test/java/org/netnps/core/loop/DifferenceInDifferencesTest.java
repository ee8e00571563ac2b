package org.netnps.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** Verification of an action on synthetic units of grids with a known effect, trend and noise. */
class DifferenceInDifferencesTest {
  private static final int DAYS = 28;
  private static final int ACTION_DAY = 14;

  @Test
  void aKnownEffectIsRecoveredDespiteACommonTrendAndVerified() {
    DifferenceInDifferences.Effect e = measure(5.0, 8);
    assertTrue(e.lo() < 5 && 5 < e.hi(), e.toString());
    assertTrue(e.verified(), e.toString());
    assertTrue(e.pValue() < 0.001, e.toString());
  }

  @Test
  void noEffectIsNotCalledVerified() {
    assertFalse(measure(0.0, 9).verified());
  }

  @Test
  void theIntervalIsStudentsTOnTheControlUnitsChanges() {
    // control changes 1, 2, 3: mean 2, sd 1, se = sqrt(1 + 1/3); t(0.975, 2 df) = 4.302653
    List<GridSeries> controls = List.of(step("a", 1), step("b", 2), step("c", 3));
    DifferenceInDifferences.Effect e = DifferenceInDifferences.estimate(step("t", 10), controls, 0, ACTION_DAY,
        ACTION_DAY, DAYS);
    double se = Math.sqrt(4.0 / 3);
    assertEquals(8, e.estimate(), 1e-12);
    assertEquals(8 - 4.302653 * se, e.lo(), 1e-5);
    assertEquals(8 + 4.302653 * se, e.hi(), 1e-5);
    assertEquals(3, e.controlUnits());
    double t = 8 / se;   // on 2 degrees of freedom the two-sided p-value is 1 - t / sqrt(2 + t^2)
    assertEquals(1 - t / Math.sqrt(2 + t * t), e.pValue(), 1e-9);
  }

  /**
   * Grids of one unit share its subscribers, so they move together: each unit here gets its own
   * shift after the action day (a problem ending, a new shop opening) and no action does anything.
   * Counting the treated grids as independent observations verified such non-effects far more
   * often than 5% of the time; one unit per action keeps to the nominal rate.
   */
  @Test
  void gridsThatMoveTogetherAreOneObservation() {
    int falseVerifications = 0;
    int runs = 400;
    for (int seed = 0; seed < runs; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      GridSeries treated = unit("T", 0.0, 3.0, r);
      List<GridSeries> controls = new ArrayList<>();
      for (int u = 0; u < 10; u++) {
        controls.add(unit("C" + u, 0.0, 3.0, r));
      }
      falseVerifications += DifferenceInDifferences.estimate(treated, controls, 0, ACTION_DAY, ACTION_DAY, DAYS)
          .verified() ? 1 : 0;
    }
    assertTrue(falseVerifications <= runs * 0.08, falseVerifications + " of " + runs + " non-effects verified");
    assertTrue(falseVerifications >= runs * 0.02, "an interval this wide would be useless: " + falseVerifications);
  }

  @Test
  void aPooledEstimateIsTheMeanOfTheActionsWithSharedControlsCountedOnce() {
    // estimates 10 - 2 = 8 and 4 - 2 = 2: mean 5; squared deviations 2 + 8 over 2 + 2 degrees of
    // freedom: variance 2.5. Control "b" serves both actions: weights a, c, d, e 1/6 each, b 1/3;
    // squared weights 4/36 + 4/36 = 2/9. se = sqrt(2.5 x (1/2 + 2/9)); t(0.975, 5 - 1 = 4 df) = 2.776445
    DifferenceInDifferences.Effect e = DifferenceInDifferences.pooled(List.of(
        new DifferenceInDifferences.Changes(10, new String[] {"a", "b", "c"}, new double[] {1, 2, 3}),
        new DifferenceInDifferences.Changes(4, new String[] {"d", "b", "e"}, new double[] {0, 2, 4})));
    double se = Math.sqrt(2.5 * (1.0 / 2 + 2.0 / 9));
    assertEquals(5, e.estimate(), 1e-12);
    assertEquals(5 - 2.776445 * se, e.lo(), 1e-5);
    assertEquals(5 + 2.776445 * se, e.hi(), 1e-5);
    assertEquals(5, e.controlUnits());
  }

  /**
   * Thirty actions, each with a unit of its own and 10 controls matched from one shared pool of
   * 150 units (so actions share controls), every unit with its own shift after the action day
   * (sd 3). With no effect the plan is verified at about the nominal rate or less; with +3 points,
   * one unit's own shift, single actions rarely verify and the plan nearly always does.
   */
  @Test
  void aPlanOfManySmallEffectsIsVerifiedWhereItsActionsAreNotAndNoEffectIsNot() {
    int runs = 100;
    int nullVerified = 0;
    int planVerified = 0;
    int actionsVerified = 0;
    for (int seed = 0; seed < runs; seed++) {
      for (double effect : new double[] {0, 3}) {
        SplittableRandom r = new SplittableRandom(seed * 2 + (effect > 0 ? 1 : 0));
        List<GridSeries> pool = new ArrayList<>();
        for (int u = 0; u < 150; u++) {
          pool.add(unit("C" + u, 0.0, 3.0, r));
        }
        List<DifferenceInDifferences.Changes> plan = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
          GridSeries treated = unit("T" + a, effect, 3.0, r);
          List<GridSeries> controls = ControlMatching.ranked(treated, pool, 0, ACTION_DAY).subList(0, 10);
          DifferenceInDifferences.Changes c = DifferenceInDifferences.changes(treated, controls, 0, ACTION_DAY,
              ACTION_DAY, DAYS);
          plan.add(c);
          actionsVerified += effect > 0 && DifferenceInDifferences.estimate(c).verified() ? 1 : 0;
        }
        boolean verified = DifferenceInDifferences.pooled(plan).verified();
        if (effect > 0) {
          planVerified += verified ? 1 : 0;
        } else {
          nullVerified += verified ? 1 : 0;
        }
      }
    }
    assertTrue(nullVerified <= runs * 0.08, nullVerified + " of " + runs + " plans without effect verified");
    assertTrue(planVerified >= runs * 0.9, planVerified + " of " + runs + " plans of +3 verified");
    assertTrue(actionsVerified <= runs * 30 * 0.3, actionsVerified + " of " + runs * 30 + " single actions verified");
  }

  /**
   * Treated changes {3, 4, 5, 6} against held-out {1, 2, 2, 3}: 2.5 apart, standard error
   * sqrt(5/3 / 4 + 2/3 / 4) = 0.7638 on 5.07 Welch-Satterthwaite degrees of freedom; the p-value is
   * Welch's two-sample t-test as commons-math computes it.
   */
  @Test
  void aPlanAgainstItsHoldoutIsWelchsTwoSampleComparisonOfUnitChanges() {
    double[] treated = {3, 4, 5, 6};
    double[] heldOut = {1, 2, 2, 3};
    DifferenceInDifferences.Effect e = DifferenceInDifferences.againstHoldout(treated, heldOut);
    assertEquals(2.5, e.estimate(), 1e-12);
    assertEquals(new TTest().tTest(treated, heldOut), e.pValue(), 1e-9);
    double q = new TDistribution(5.0689655).inverseCumulativeProbability(0.975);
    assertEquals(2.5 - q * 0.7637626, e.lo(), 1e-6);
    assertEquals(2.5 + q * 0.7637626, e.hi(), 1e-6);
    assertEquals(4, e.controlUnits());
    assertTrue(e.verified());
    assertThrows(IllegalArgumentException.class, () -> DifferenceInDifferences.againstHoldout(treated,
        new double[] {1}));
  }

  /**
   * Randomised units with no effect: the interval excludes zero about 5% of the time, whatever
   * all the units did together; with +2 per treated unit (noise sd 1) it nearly always does.
   */
  @Test
  void aHoldoutComparisonKeepsItsNominalErrorRateAndFindsARealEffect() {
    int runs = 400;
    int nullVerified = 0;
    int effectVerified = 0;
    SplittableRandom r = new SplittableRandom(11);
    for (int run = 0; run < runs; run++) {
      double[] heldOut = new double[7];
      double[] none = new double[16];
      double[] effect = new double[16];
      for (int i = 0; i < heldOut.length; i++) {
        heldOut[i] = 2 + r.nextGaussian();   // everything in the plan recovers by 2
      }
      for (int i = 0; i < none.length; i++) {
        none[i] = 2 + r.nextGaussian();
        effect[i] = 4 + r.nextGaussian();
      }
      nullVerified += DifferenceInDifferences.againstHoldout(none, heldOut).verified() ? 1 : 0;
      effectVerified += DifferenceInDifferences.againstHoldout(effect, heldOut).verified() ? 1 : 0;
    }
    assertTrue(nullVerified >= runs * 0.02 && nullVerified <= runs * 0.09, nullVerified + " of " + runs);
    assertTrue(effectVerified >= runs * 0.9, effectVerified + " of " + runs);
  }

  @Test
  void controlsAreRankedByPreTrendAndLevel() {
    GridSeries rising = new GridSeries("T", ramp(0, 1));
    GridSeries alsoRising = new GridSeries("A", ramp(1, 1));
    GridSeries flat = new GridSeries("B", ramp(0, 0));
    GridSeries steeper = new GridSeries("S", ramp(0, 3));   // as far in trend as B, and much farther in level
    assertEquals(List.of("A", "B", "S"), ControlMatching.ranked(rising, List.of(flat, steeper, alsoRising), 0,
        ACTION_DAY).stream().map(GridSeries::gridId).toList());
  }

  @Test
  void aUnitIsTheDailyMeanOfItsGridsWithValues() {
    GridSeries a = new GridSeries("a", new double[] {1, Double.NaN, Double.NaN});
    GridSeries b = new GridSeries("b", new double[] {3, 5, Double.NaN});
    GridSeries u = GridSeries.unit("u", List.of(a, b));
    assertEquals(2, u.daily()[0]);
    assertEquals(5, u.daily()[1]);
    assertTrue(Double.isNaN(u.daily()[2]));
  }

  /** A treated unit with the effect after the action day against 10 of 60 units, the nearest before it. */
  private static DifferenceInDifferences.Effect measure(double effect, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    GridSeries treated = unit("T", effect, 0.5, r);
    List<GridSeries> others = new ArrayList<>();
    for (int u = 0; u < 60; u++) {
      others.add(unit("C" + u, 0.0, 0.5, r));
    }
    List<GridSeries> controls = ControlMatching.ranked(treated, others, 0, ACTION_DAY).subList(0, 10);
    return DifferenceInDifferences.estimate(treated, controls, 0, ACTION_DAY, ACTION_DAY, DAYS);
  }

  /**
   * Seven grids with their own level, a common upward trend and daily noise; after the action day
   * the unit's own shift (sd {@code shiftSd}) and the effect.
   */
  /**
   * Paired changes {3, 5, 4} with the actions and {1, 2, 2} without: differences {2, 3, 2}, mean
   * 7/3, standard error 1/3, t(0.975; 2) = 4.302653, so [0.899115, 3.767551]; t = 7, and with 2
   * degrees of freedom the two-sided p is 1 - 7 / sqrt(51) = 0.019804 (all by hand).
   */
  @Test
  void aCounterfactualComparisonPairsEachUnitWithItselfInTheRunWithoutTheActions() {
    DifferenceInDifferences.Effect e = DifferenceInDifferences.counterfactual(new double[] {3, 5, 4},
        new double[] {1, 2, 2});
    assertEquals(7.0 / 3, e.estimate(), 1e-12);
    assertEquals(0.899115, e.lo(), 1e-6);
    assertEquals(3.767551, e.hi(), 1e-6);
    assertEquals(1 - 7 / Math.sqrt(51), e.pValue(), 1e-9);
    assertEquals(3, e.controlUnits());
    assertThrows(IllegalArgumentException.class,
        () -> DifferenceInDifferences.counterfactual(new double[] {1, 2}, new double[] {1, 2, 3}));
  }

  private static GridSeries unit(String id, double effect, double shiftSd, SplittableRandom r) {
    double shift = shiftSd * r.nextGaussian();
    List<GridSeries> grids = new ArrayList<>();
    for (int g = 0; g < 7; g++) {
      double level = -10 + 20 * r.nextDouble();
      double[] v = new double[DAYS];
      for (int d = 0; d < DAYS; d++) {
        v[d] = level + 0.2 * d + 3 * r.nextGaussian() + (d >= ACTION_DAY ? effect + shift : 0);
      }
      grids.add(new GridSeries(id + g, v));
    }
    return GridSeries.unit(id, grids);
  }

  private static GridSeries step(String id, double change) {
    double[] v = new double[DAYS];
    for (int d = ACTION_DAY; d < DAYS; d++) {
      v[d] = change;
    }
    return new GridSeries(id, v);
  }

  private static double[] ramp(double level, double slope) {
    double[] v = new double[DAYS];
    for (int d = 0; d < DAYS; d++) {
      v[d] = level + slope * d;
    }
    return v;
  }
}
