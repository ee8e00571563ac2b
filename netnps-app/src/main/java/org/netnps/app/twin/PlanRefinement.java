package org.netnps.app.twin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netnps.core.plan.PlanSelection;
import org.netnps.core.record.PlannedAction;
import org.netnps.sim.whatif.Action;

/**
 * A plan chosen on its candidates' single gains, checked as a whole on the twin. Each chosen action's
 * marginal gain is the whole plan's gain less the plan's without it. A single gain is what the
 * action adds first, its marginal what it adds last; actions that share users or capacity add less
 * last than first, and the two together overstate their pair. Each chosen action is revalued at the
 * mean of the two (for two actions exactly their Shapley values, which sum to the pair's gain as one
 * plan); one that adds nothing last (marginal at most 0: another action does its work, or it takes
 * from its neighbours what it gives) at its marginal, so it is dropped. The budget is chosen again
 * with those values and the other candidates' single gains, and the new plan is kept unless the
 * twin values it lower as a whole. One pass: the base, the plan, the plan without each action and,
 * when the choice changed, the new plan.
 */
public final class PlanRefinement {
  /**
   * @param chosen the kept plan's indexes into the candidates
   * @param first the plan chosen on single gains, as a whole
   * @param kept the kept plan as a whole ({@code first} when the choice did not change or the new plan was worse)
   * @param marginal each first-chosen action's marginal gain, by action id
   * @param dropped the first plan's action ids not in the kept plan
   * @param added the kept plan's action ids not in the first plan
   * @param runs the twin runs it took, the base's included
   */
  public record Refined(List<Integer> chosen, WholePlans.Whole first, WholePlans.Whole kept,
      Map<String, Double> marginal, List<String> dropped, List<String> added, int runs) {}

  /** Values plans as a whole: the twin ({@link WholePlans}). */
  public interface Valuer {
    WholePlans.Whole value(List<Action> plan);

    /** Runs so far, the base's included. */
    int runs();
  }

  private PlanRefinement() {}

  public static Refined refine(List<PlannedAction> candidates, double budget, Valuer twin) {
    List<Integer> chosen = PlanSelection.choose(candidates, budget);
    WholePlans.Whole first = twin.value(actions(candidates, chosen));
    Map<String, Double> marginal = new LinkedHashMap<>();
    List<PlannedAction> revalued = new ArrayList<>(candidates);
    for (int i : chosen) {
      List<Integer> without = new ArrayList<>(chosen);
      without.remove(Integer.valueOf(i));
      double m = first.gain() - twin.value(actions(candidates, without)).gain();
      PlannedAction a = candidates.get(i);
      marginal.put(a.actionId(), m);
      revalued.set(i, new PlannedAction(a.actionId(), a.findingId(), a.action(), a.target(), a.gridId(),
          m <= 0 ? m : (a.expectedNpsGain() + m) / 2, a.cost(), a.priority(), a.value()));
    }
    List<Integer> again = PlanSelection.choose(revalued, budget);
    if (again.equals(chosen)) {
      return new Refined(chosen, first, first, marginal, List.of(), List.of(), twin.runs());
    }
    WholePlans.Whole second = twin.value(actions(candidates, again));
    if (second.gain() < first.gain()) {
      return new Refined(chosen, first, first, marginal, List.of(), List.of(), twin.runs());
    }
    return new Refined(again, first, second, marginal, ids(candidates, chosen, again), ids(candidates, again, chosen),
        twin.runs());
  }

  /** The action ids of {@code of} not in {@code notIn}, sorted. */
  private static List<String> ids(List<PlannedAction> candidates, List<Integer> of, List<Integer> notIn) {
    Set<String> out = new TreeSet<>();
    for (int i : of) {
      if (!notIn.contains(i)) {
        out.add(candidates.get(i).actionId());
      }
    }
    return List.copyOf(out);
  }

  static List<Action> actions(List<PlannedAction> candidates, List<Integer> chosen) {
    return chosen.stream().map(candidates::get).map(a -> new Action(a.actionId(), a.action(), a.target(), a.value()))
        .toList();
  }
}
