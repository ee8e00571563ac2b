package org.netnps.core.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.PlannedAction;

/**
 * A plan's actions chosen within a budget by their expected gains ({@link BudgetedSelection}),
 * with the plan's alternatives excluding each other, and what each budget buys.
 */
public final class PlanSelection {
  /** Budgets (relative cost units) a plan's budget curve is read at. */
  public static final int[] LADDER = {10, 20, 40, 80, 120, 160, 200, 300, 400, 600, 800, 1000};

  private PlanSelection() {}

  /** Indexes (ascending) of the plan's actions chosen within the budget. */
  public static List<Integer> choose(List<PlannedAction> plan, double budget) {
    return BudgetedSelection.choose(gains(plan), costs(plan), alternatives(plan), budget);
  }

  /**
   * The budget curve: the expected gain of the best selection at each of {@code budgets} (whole
   * cost units, at least 0), from one solution of the knapsack.
   */
  public static double[] curve(List<PlannedAction> plan, int[] budgets) {
    int max = 0;
    for (int b : budgets) {
      max = Math.max(max, b);
    }
    double[] all = BudgetedSelection.curve(gains(plan), costs(plan), alternatives(plan), max);
    double[] out = new double[budgets.length];
    for (int i = 0; i < budgets.length; i++) {
      out[i] = all[budgets[i]];
    }
    return out;
  }

  /**
   * Groups of alternatives: actions on one target for one finding (a tilt, a power change or an
   * azimuth turn for a coverage finding; a carrier or load balancing for a congested cell), and
   * the capacity candidates on one cell, of which at most one is chosen; their gains were each
   * measured against the network as it is, so taking two would count one improvement twice.
   */
  public static int[] alternatives(List<PlannedAction> plan) {
    Map<String, Integer> ids = new HashMap<>();
    int[] groups = new int[plan.size()];
    for (int i = 0; i < plan.size(); i++) {
      PlannedAction a = plan.get(i);
      groups[i] = a.action() == ActionType.NEW_SITE || a.action() == ActionType.DEVICE_CAMPAIGN ? -1
          : ids.computeIfAbsent(a.findingId() + "|" + a.target(), k -> ids.size());
    }
    return groups;
  }

  private static double[] gains(List<PlannedAction> plan) {
    return plan.stream().mapToDouble(PlannedAction::expectedNpsGain).toArray();
  }

  private static double[] costs(List<PlannedAction> plan) {
    return plan.stream().mapToDouble(PlannedAction::cost).toArray();
  }
}
