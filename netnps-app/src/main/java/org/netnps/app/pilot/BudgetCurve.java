package org.netnps.app.pilot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.core.domain.ActionType;
import org.netnps.core.plan.PlanSelection;
import org.netnps.core.record.PlannedAction;

/**
 * What each budget buys by the plan's expected gains, before anything is replayed: netnps's best
 * selection (the exact knapsack with its alternatives) beside the classic plan's carriers valued
 * on the same gains. Where the gains forecast the replays well, this says which budgets can give
 * a target gain and a target ratio to the classic plan at once, without a pilot per budget.
 */
public record BudgetCurve(List<Point> points) {
  /**
   * One budget: netnps's expected gain, the classic plan's ({@code classicValued} of its
   * {@code classicCarriers} carriers were candidates with a gain; the others count 0).
   */
  public record Point(int budget, double netnps, double classic, int classicCarriers, int classicValued) {
    /** netnps's expected gain over the classic plan's; NaN when the classic plan expects none. */
    public double ratio() {
      return classic > 0 ? netnps / classic : Double.NaN;
    }
  }

  /**
   * The curve of an analysis's plan at the ladder's budgets and {@code budget}.
   *
   * @param classicOrder the classic plan's cells in the order it takes them (the busiest first)
   */
  static BudgetCurve of(AnalysisResult analysis, List<String> classicOrder, double budget) {
    List<PlannedAction> plan = analysis.planned();
    TreeSet<Integer> ladder = new TreeSet<>();
    for (int b : PlanSelection.LADDER) {
      ladder.add(b);
    }
    ladder.add((int) Math.floor(budget));
    int[] budgets = ladder.stream().mapToInt(Integer::intValue).toArray();
    double[] netnps = PlanSelection.curve(plan, budgets);
    Map<String, Double> carrierGain = new HashMap<>();
    for (PlannedAction a : plan) {
      if (a.action() == ActionType.ADD_CARRIER) {
        carrierGain.merge(a.target(), a.expectedNpsGain(), Math::max);
      }
    }
    List<Point> points = new ArrayList<>();
    for (int k = 0; k < budgets.length; k++) {
      int b = budgets[k];
      int carriers = Math.min(classicOrder.size(), (int) Math.floor(b / Pilot.CARRIER_COST));
      double classic = 0;
      int valued = 0;
      for (String cell : classicOrder.subList(0, carriers)) {
        Double g = carrierGain.get(cell);
        if (g != null) {
          classic += g;
          valued++;
        }
      }
      points.add(new Point(b, netnps[k], classic, carriers, valued));
    }
    return new BudgetCurve(List.copyOf(points));
  }

  /** The point at a budget, or null when the curve was not read there. */
  public Point at(int budget) {
    return points.stream().filter(p -> p.budget() == budget).findFirst().orElse(null);
  }
}
