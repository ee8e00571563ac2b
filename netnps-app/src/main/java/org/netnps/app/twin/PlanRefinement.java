package org.netnps.app.twin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netnps.core.plan.PlanSelection;
import org.netnps.core.record.PlannedAction;
import org.netnps.sim.whatif.Action;

/**
 * A plan chosen on its candidates' single gains, checked as a whole on the twin. Each chosen action's
 * marginal gain is the whole plan's gain less the plan's without it; actions that add nothing in
 * company (marginal at most 0: another action already does their work, or they take from their
 * neighbours what they give) are dropped, the budget chosen again without them, and the new plan
 * kept unless the twin values it lower as a whole. One pass: the base, the plan, the plan without each
 * action and, when some were dropped, the new plan.
 */
public final class PlanRefinement {
  /**
   * @param chosen the kept plan's indexes into the candidates
   * @param first the plan chosen on single gains, as a whole
   * @param kept the kept plan as a whole ({@code first} when nothing was dropped or the new plan was worse)
   * @param marginal each first-chosen action's marginal gain, by action id
   * @param dropped the action ids dropped (empty when the new plan was not kept)
   * @param runs the twin runs it took, the base's included
   */
  public record Refined(List<Integer> chosen, WholePlans.Whole first, WholePlans.Whole kept,
      Map<String, Double> marginal, List<String> dropped, int runs) {}

  private PlanRefinement() {}

  public static Refined refine(List<PlannedAction> candidates, double budget, WholePlans twin) {
    List<Integer> chosen = PlanSelection.choose(candidates, budget);
    WholePlans.Whole first = twin.value(actions(candidates, chosen));
    Map<String, Double> marginal = new LinkedHashMap<>();
    Set<String> drop = new HashSet<>();
    for (int i : chosen) {
      List<Integer> without = new ArrayList<>(chosen);
      without.remove(Integer.valueOf(i));
      double m = first.gain() - twin.value(actions(candidates, without)).gain();
      String id = candidates.get(i).actionId();
      marginal.put(id, m);
      if (m <= 0) {
        drop.add(id);
      }
    }
    if (drop.isEmpty()) {
      return new Refined(chosen, first, first, marginal, List.of(), twin.runs());
    }
    List<PlannedAction> left = new ArrayList<>();
    for (PlannedAction a : candidates) {
      left.add(drop.contains(a.actionId()) ? new PlannedAction(a.actionId(), a.findingId(), a.action(), a.target(),
          a.gridId(), 0, a.cost(), a.priority(), a.value()) : a);   // a gain of 0 is never chosen
    }
    List<Integer> again = PlanSelection.choose(left, budget);
    WholePlans.Whole second = twin.value(actions(candidates, again));
    boolean better = second.gain() >= first.gain();   // as good without them: fewer actions, budget moved
    return new Refined(better ? again : chosen, first, better ? second : first, marginal,
        better ? drop.stream().sorted().toList() : List.of(), twin.runs());
  }

  static List<Action> actions(List<PlannedAction> candidates, List<Integer> chosen) {
    return chosen.stream().map(candidates::get).map(a -> new Action(a.actionId(), a.action(), a.target(), a.value()))
        .toList();
  }
}
