package org.netnps.core.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The actions to take within a budget: the subset with the largest total expected gain whose
 * cost fits (0/1 knapsack, solved exactly by dynamic programming over costs in hundredths of a
 * unit). Gains are taken as additive; actions with no positive gain are never chosen. Among
 * equal totals the cheaper subset wins, then the one with earlier actions.
 */
public final class BudgetedSelection {
  /** Cost resolution: costs and budget are rounded to hundredths of a cost unit. */
  static final int SCALE = 100;
  /** Largest budget x actions table solved (cells), about 1 GB of booleans beyond it. */
  static final long MAX_CELLS = 400_000_000L;

  private BudgetedSelection() {}

  /** Indexes (ascending) of the chosen actions, given each action's gain and cost. */
  public static List<Integer> choose(double[] gains, double[] costs, double budget) {
    if (gains.length != costs.length) {
      throw new IllegalArgumentException("gains and costs differ in length: " + gains.length + " vs " + costs.length);
    }
    if (!(budget >= 0) || Double.isInfinite(budget)) {
      throw new IllegalArgumentException("the budget must be a finite number at least 0, but was " + budget);
    }
    int n = gains.length;
    int cap = (int) Math.round(budget * SCALE);
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      if (!(costs[i] >= 0) || Double.isInfinite(costs[i])) {
        throw new IllegalArgumentException("cost " + i + " must be a finite number at least 0, but was " + costs[i]);
      }
      w[i] = (int) Math.round(costs[i] * SCALE);
    }
    if ((long) (cap + 1) * (n + 1) > MAX_CELLS) {
      throw new IllegalArgumentException("budget x actions too large for the exact selection: " + budget + " x " + n);
    }
    // best[c] = largest gain with cost <= c using the actions seen so far; take[i][c] = action i taken at c
    double[] best = new double[cap + 1];
    int[] spent = new int[cap + 1];      // cost of that best, for the cheaper-subset tie-break
    boolean[][] take = new boolean[n][];
    for (int i = 0; i < n; i++) {
      take[i] = new boolean[cap + 1];
      if (!(gains[i] > 0) || w[i] > cap) {
        continue;
      }
      for (int c = cap; c >= w[i]; c--) {
        double g = best[c - w[i]] + gains[i];
        int s = spent[c - w[i]] + w[i];
        if (g > best[c] + 1e-12 || (Math.abs(g - best[c]) <= 1e-12 && s < spent[c])) {
          best[c] = g;
          spent[c] = s;
          take[i][c] = true;
        }
      }
    }
    List<Integer> chosen = new ArrayList<>();
    int c = cap;
    for (int i = n - 1; i >= 0; i--) {
      if (take[i][c]) {
        chosen.add(i);
        c -= w[i];
      }
    }
    Collections.reverse(chosen);
    return chosen;
  }
}
