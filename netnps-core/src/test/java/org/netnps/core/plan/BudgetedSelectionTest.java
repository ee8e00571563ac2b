package org.netnps.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BudgetedSelectionTest {
  @Test
  void theTextbookKnapsack_values60_100_120_weights10_20_30_capacity50_takesTheLastTwoFor220() {
    assertEquals(List.of(1, 2), BudgetedSelection.choose(new double[] {60, 100, 120}, new double[] {10, 20, 30}, 50));
  }

  @Test
  void itBeatsGreedyByGainPerCostWhenTheBudgetIsLeftOver() {
    // greedy by gain per cost takes A (1.0 per unit), then nothing else fits: gain 6; the best is B + C: 10
    double[] gains = {6, 5, 5};
    double[] costs = {6, 5, 5};
    assertEquals(List.of(1, 2), BudgetedSelection.choose(gains, costs, 10));
  }

  @Test
  void actionsWithoutGainAreNeverTakenAndTiesGoToTheCheaperSubset() {
    // {2} and {3} both gain 3 and only one fits: the cheaper one
    assertEquals(List.of(2), BudgetedSelection.choose(new double[] {0, -1, 3, 3}, new double[] {1, 1, 2, 5}, 5));
  }

  @Test
  void fractionalCostsCountInHundredths() {
    // 0.50 + 0.49 fits 0.99 exactly
    assertEquals(List.of(0, 1), BudgetedSelection.choose(new double[] {1, 1, 0.5}, new double[] {0.5, 0.49, 0.02}, 0.99));
  }

  @Test
  void ofAlternativesAtMostOneIsTaken() {
    // a tilt (0) and a power change (1) for one coverage finding, and a carrier (2) elsewhere:
    // without groups the two alternatives are taken together for 9; with them, the tilt and the carrier
    double[] gains = {5, 4, 3};
    double[] costs = {1, 1, 1};
    assertEquals(List.of(0, 1, 2), BudgetedSelection.choose(gains, costs, 3));
    assertEquals(List.of(0, 2), BudgetedSelection.choose(gains, costs, new int[] {7, 7, -1}, 3));
    // the cheaper alternative when the budget is tight, the better one when it is not
    assertEquals(List.of(1), BudgetedSelection.choose(new double[] {5, 4}, new double[] {8, 1}, new int[] {0, 0}, 2));
    assertEquals(List.of(0), BudgetedSelection.choose(new double[] {5, 4}, new double[] {8, 1}, new int[] {0, 0}, 9));
  }

  @Test
  void groupsOfOneGiveThePlainKnapsack() {
    double[] gains = {60, 100, 120};
    double[] costs = {10, 20, 30};
    assertEquals(BudgetedSelection.choose(gains, costs, 50),
        BudgetedSelection.choose(gains, costs, new int[] {0, 1, 2}, 50));
  }

  @Test
  void nothingFitsAZeroBudget() {
    assertEquals(List.of(), BudgetedSelection.choose(new double[] {1}, new double[] {1}, 0));
  }

  @Test
  void theBudgetCurveOfTheTextbookKnapsackStepsAt10_20_30_40_50() {
    double[] curve = BudgetedSelection.curve(new double[] {60, 100, 120}, new double[] {10, 20, 30}, null, 60);
    assertEquals(0, curve[9]);
    assertEquals(60, curve[10]);
    assertEquals(100, curve[29]);
    assertEquals(160, curve[30]);
    assertEquals(180, curve[40]);
    assertEquals(220, curve[50]);
    assertEquals(280, curve[60]);
  }

  @Test
  void everyPointOfTheCurveIsTheTotalOfTheSelectionAtThatBudget() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 20; trial++) {
      int n = 4 + random.nextInt(12);
      double[] gains = new double[n];
      double[] costs = new double[n];
      int[] groups = new int[n];
      for (int i = 0; i < n; i++) {
        gains[i] = random.nextDouble(-0.2, 1);
        costs[i] = 1 + random.nextInt(8);
        groups[i] = random.nextInt(3) == 0 ? random.nextInt(3) : -1;
      }
      double[] curve = BudgetedSelection.curve(gains, costs, groups, 40);
      double[] totals = new double[41];
      for (int b = 0; b <= 40; b++) {
        for (int i : BudgetedSelection.choose(gains, costs, groups, b)) {
          totals[b] += gains[i];
        }
      }
      assertArrayEquals(totals, curve, 1e-9, "trial " + trial);
    }
  }

  @Test
  void badInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BudgetedSelection.choose(new double[] {1}, new double[] {}, 1));
    assertThrows(IllegalArgumentException.class, () -> BudgetedSelection.choose(new double[] {1}, new double[] {1}, -1));
    assertThrows(IllegalArgumentException.class,
        () -> BudgetedSelection.choose(new double[] {1}, new double[] {Double.NaN}, 1));
  }
}
