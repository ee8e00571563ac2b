package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.PlannedAction;
import org.netnps.sim.whatif.Action;

/**
 * Two load balancings that share users, each +1.0 alone and +1.2 together, against a carrier of
 * twice their cost: on single gains the pair (+2.0) beats the carrier (+1.4); revalued at the mean of
 * single and marginal gains (+0.6 each, the pair's Shapley values) it does not.
 */
class PlanRefinementTest {
  static final List<PlannedAction> CANDIDATES = List.of(
      new PlannedAction("A001", "F001", ActionType.LOAD_BALANCE, "S1L1", "", 1.0, 1, 1, Double.NaN),
      new PlannedAction("A002", "F002", ActionType.LOAD_BALANCE, "S2L1", "", 1.0, 1, 2, Double.NaN),
      new PlannedAction("A003", "F003", ActionType.ADD_CARRIER, "S3L1", "", 1.4, 2, 3, Double.NaN));

  /** The pair shares 0.8 of its users' gain; the carrier adds what the twin says it does as a whole. */
  static final class Twin implements PlanRefinement.Valuer {
    final double carrierAsAWhole;
    int runs = 1;

    Twin(double carrierAsAWhole) {
      this.carrierAsAWhole = carrierAsAWhole;
    }

    @Override
    public WholePlans.Whole value(List<Action> plan) {
      runs++;
      List<String> ids = plan.stream().map(Action::actionId).toList();
      boolean a = ids.contains("A001");
      boolean b = ids.contains("A002");
      double gain = (a ? 1 : 0) + (b ? 1 : 0) - (a && b ? 0.8 : 0) + (ids.contains("A003") ? carrierAsAWhole : 0);
      return new WholePlans.Whole(gain, gain, plan.size());
    }

    @Override
    public int runs() {
      return runs;
    }
  }

  @Test
  void actionsThatShareUsersAreRevaluedAtTheMeanOfWhatTheyAddFirstAndLast() {
    PlanRefinement.Refined r = PlanRefinement.refine(CANDIDATES, 2, new Twin(1.4));
    assertEquals(1.2, r.first().gain(), 1e-12, "the pair as one plan");
    assertEquals(0.2, r.marginal().get("A001"), 1e-12, "what each adds last");
    assertEquals(List.of(2), r.chosen(), "the carrier: +1.4 against the pair's revalued +1.2");
    assertEquals(1.4, r.kept().gain(), 1e-12);
    assertEquals(List.of("A001", "A002"), r.dropped());
    assertEquals(List.of("A003"), r.added());
    assertEquals(5, r.runs(), "the base, the plan, the plan without each action, the new plan");
  }

  @Test
  void theNewChoiceIsKeptOnlyWhenTheTwinValuesItAtLeastAsHighAsAWhole() {
    PlanRefinement.Refined r = PlanRefinement.refine(CANDIDATES, 2, new Twin(1.0));
    assertEquals(List.of(0, 1), r.chosen(), "the carrier as a whole (+1.0) is worth less than the pair (+1.2)");
    assertEquals(r.first(), r.kept());
    assertEquals(List.of(), r.dropped());
    assertEquals(List.of(), r.added());
  }

  @Test
  void aPlanWhoseActionsAddUpIsKeptWithoutAnotherRun() {
    List<PlannedAction> apart = List.of(CANDIDATES.get(0), CANDIDATES.get(2));
    PlanRefinement.Refined r = PlanRefinement.refine(apart, 3, new Twin(1.4));
    assertEquals(List.of(0, 1), r.chosen());
    assertEquals(2.4, r.kept().gain(), 1e-12);
    assertEquals(4, r.runs(), "the base, the plan and the plan without each action");
  }
}
