package org.netnps.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Verification of an action on synthetic grids with a known effect, trend and noise. */
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

  /** 20 treated grids with the effect after the action day, 200 untreated, 3 matched controls each. */
  private static DifferenceInDifferences.Effect measure(double effect, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<GridSeries> treated = grids("T", 20, effect, r);
    List<GridSeries> all = new ArrayList<>(treated);
    all.addAll(grids("C", 200, 0.0, r));
    List<GridSeries> controls = ControlMatching.match(treated, all, Set.of(), 0, ACTION_DAY, 3);
    assertTrue(controls.stream().noneMatch(c -> c.gridId().startsWith("T")), "treated grids are never controls");
    return DifferenceInDifferences.estimate(treated, controls, 0, ACTION_DAY, ACTION_DAY, DAYS);
  }

  @Test
  void controlsMatchThePreTrendAndLeaveExcludedGridsOut() {
    GridSeries rising = new GridSeries("T", ramp(0, 1));
    GridSeries alsoRising = new GridSeries("A", ramp(1, 1));
    GridSeries flat = new GridSeries("B", ramp(0, 0));
    GridSeries neighbour = new GridSeries("N", ramp(0, 1));
    List<GridSeries> c = ControlMatching.match(List.of(rising), List.of(rising, alsoRising, flat, neighbour),
        Set.of("N"), 0, ACTION_DAY, 1);
    assertEquals(List.of("A"), c.stream().map(GridSeries::gridId).toList());
  }

  @Test
  void theNormalCdfMatchesItsTable() {
    assertEquals(0.975, DifferenceInDifferences.normalCdf(1.959964), 1e-6);
    assertEquals(0.5, DifferenceInDifferences.normalCdf(0), 1e-7);
    assertEquals(0.158655, DifferenceInDifferences.normalCdf(-1), 1e-6);
  }

  /** Grids with their own level, a common upward trend, daily noise, and an effect after the action day. */
  private static List<GridSeries> grids(String prefix, int n, double effect, SplittableRandom r) {
    List<GridSeries> out = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      double level = -10 + 20 * r.nextDouble();
      double[] v = new double[DAYS];
      for (int d = 0; d < DAYS; d++) {
        v[d] = level + 0.2 * d + 3 * r.nextGaussian() + (d >= ACTION_DAY ? effect : 0);
      }
      out.add(new GridSeries(prefix + g, v));
    }
    return out;
  }

  private static double[] ramp(double level, double slope) {
    double[] v = new double[DAYS];
    for (int d = 0; d < DAYS; d++) {
      v[d] = level + slope * d;
    }
    return v;
  }
}
