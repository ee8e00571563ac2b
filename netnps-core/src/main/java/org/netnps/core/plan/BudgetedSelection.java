package org.netnps.core.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actions to take within a budget: the subset with the largest total expected gain whose
 * cost fits (0/1 knapsack, solved exactly by dynamic programming over costs in hundredths of a
 * unit; with groups of alternatives, at most one per group). Gains are taken as additive;
 * actions with no positive gain are never chosen. Among equal totals the cheaper subset wins,
 * then the one with earlier actions.
 */
public final class BudgetedSelection {
  /** Cost resolution: costs and budget are rounded to hundredths of a cost unit. */
  static final int SCALE = 100;
  /** Largest budget x actions table solved (cells), about 1 GB of booleans beyond it. */
  static final long MAX_CELLS = 400_000_000L;

  private BudgetedSelection() {}

  /** Indexes (ascending) of the chosen actions, given each action's gain and cost. */
  public static List<Integer> choose(double[] gains, double[] costs, double budget) {
    return choose(gains, costs, null, budget);
  }

  /**
   * As above, with alternatives: actions with the same {@code groups} value (at least 0) exclude
   * each other, so at most one of them is chosen (a multiple-choice knapsack); -1, or a null
   * array, leaves an action on its own.
   */
  public static List<Integer> choose(double[] gains, double[] costs, int[] groups, double budget) {
    int cap = capacity(gains, costs, groups, budget);
    int[] w = weights(costs);
    List<int[]> members = members(groups, gains.length);
    byte[][] pick = new byte[members.size()][];
    solve(gains, w, members, cap, pick);
    List<Integer> chosen = new ArrayList<>();
    int c = cap;
    for (int g = members.size() - 1; g >= 0; g--) {
      if (pick[g][c] >= 0) {
        int i = members.get(g)[pick[g][c]];
        chosen.add(i);
        c -= w[i];
      }
    }
    Collections.sort(chosen);
    return chosen;
  }

  /**
   * The budget curve: element b is the largest total gain that a budget of b whole cost units
   * buys ({@link #choose}'s total at that budget), for b = 0 .. {@code maxBudget}; one solution
   * of the knapsack gives every budget at once.
   */
  public static double[] curve(double[] gains, double[] costs, int[] groups, int maxBudget) {
    int cap = capacity(gains, costs, groups, maxBudget);
    double[] best = solve(gains, weights(costs), members(groups, gains.length), cap, null);
    double[] out = new double[maxBudget + 1];
    for (int b = 0; b <= maxBudget; b++) {
      out[b] = best[b * SCALE];
    }
    return out;
  }

  /** The budget in hundredths, after checking the inputs. */
  private static int capacity(double[] gains, double[] costs, int[] groups, double budget) {
    if (gains.length != costs.length || groups != null && groups.length != gains.length) {
      throw new IllegalArgumentException("gains, costs and groups differ in length: " + gains.length + " vs "
          + costs.length + (groups == null ? "" : " vs " + groups.length));
    }
    if (!(budget >= 0) || Double.isInfinite(budget)) {
      throw new IllegalArgumentException("the budget must be a finite number at least 0, but was " + budget);
    }
    int cap = (int) Math.round(budget * SCALE);
    if ((long) (cap + 1) * (gains.length + 1) > MAX_CELLS) {
      throw new IllegalArgumentException("budget x actions too large for the exact selection: " + budget + " x "
          + gains.length);
    }
    return cap;
  }

  private static int[] weights(double[] costs) {
    int[] w = new int[costs.length];
    for (int i = 0; i < costs.length; i++) {
      if (!(costs[i] >= 0) || Double.isInfinite(costs[i])) {
        throw new IllegalArgumentException("cost " + i + " must be a finite number at least 0, but was " + costs[i]);
      }
      w[i] = (int) Math.round(costs[i] * SCALE);
    }
    return w;
  }

  /**
   * The knapsack over groups of alternatives: returns best[c], the largest gain with cost at most
   * c; when {@code pick} is given, pick[g][c] is the member of group g taken at c (its index in the
   * group), or -1.
   */
  private static double[] solve(double[] gains, int[] w, List<int[]> members, int cap, byte[][] pick) {
    double[] best = new double[cap + 1];
    int[] spent = new int[cap + 1];      // cost of that best, for the cheaper-subset tie-break
    for (int g = 0; g < members.size(); g++) {
      int[] m = members.get(g);
      if (pick != null) {
        pick[g] = new byte[cap + 1];
        Arrays.fill(pick[g], (byte) -1);
      }
      double[] before = m.length == 1 ? best : best.clone();
      int[] spentBefore = m.length == 1 ? spent : spent.clone();
      for (int k = 0; k < m.length; k++) {
        int i = m[k];
        if (!(gains[i] > 0) || w[i] > cap) {
          continue;
        }
        for (int c = cap; c >= w[i]; c--) {
          double v = before[c - w[i]] + gains[i];
          int sp = spentBefore[c - w[i]] + w[i];
          if (v > best[c] + 1e-12 || (Math.abs(v - best[c]) <= 1e-12 && sp < spent[c])) {
            best[c] = v;
            spent[c] = sp;
            if (pick != null) {
              pick[g][c] = (byte) k;
            }
          }
        }
      }
    }
    return best;
  }

  /** The actions of each group, groups in order of their first action; at most 127 alternatives each. */
  private static List<int[]> members(int[] groups, int n) {
    Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int key = groups == null || groups[i] < 0 ? -1 - i : groups[i];   // an action alone: a key of its own
      byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> members : byGroup.values()) {
      if (members.size() > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("more than " + Byte.MAX_VALUE + " alternatives in one group");
      }
      out.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }
}
