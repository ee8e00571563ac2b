package org.netnps.core.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.PlannedAction;

/** A plan chosen within a budget, its alternatives excluding each other. */
class PlanSelectionTest {
  private static PlannedAction a(String finding, ActionType type, String target) {
    return new PlannedAction("A", finding, type, target, "", 1, 1, 1, Double.NaN);
  }

  @Test
  void alternativesOnOneTargetForOneFindingShareAGroup() {
    int[] g = PlanSelection.alternatives(List.of(
        a("F001", ActionType.ADJUST_TILT, "C1"),
        a("F001", ActionType.ADJUST_POWER, "C1"),
        a("F002", ActionType.ADD_CARRIER, "C2"),
        a("F002", ActionType.LOAD_BALANCE, "C2"),
        a("F002", ActionType.ADD_CARRIER, "C3"),
        a("", ActionType.ADD_CARRIER, "C4"),
        a("", ActionType.LOAD_BALANCE, "C4"),
        a("", ActionType.NEW_SITE, "89650546d57ffff"),
        a("F003", ActionType.DEVICE_CAMPAIGN, "Astra A54 5G")));
    assertEquals(g[0], g[1], "tilt or power for one coverage finding");
    assertEquals(g[2], g[3], "carrier or load balancing on one congested cell");
    assertNotEquals(g[2], g[4], "the finding's other cell is a separate action");
    assertEquals(g[5], g[6], "capacity candidates on one cell");
    assertEquals(-1, g[7]);
    assertEquals(-1, g[8]);
  }

  @Test
  void theBudgetCurveBuysOneOfTwoAlternativesAndTheChoiceAtABudgetIsOnIt() {
    List<PlannedAction> plan = List.of(
        new PlannedAction("A1", "F001", ActionType.ADJUST_TILT, "C1", "", 0.5, 1, 1, Double.NaN),
        new PlannedAction("A2", "F001", ActionType.ADJUST_POWER, "C1", "", 0.4, 1, 2, Double.NaN),
        new PlannedAction("A3", "", ActionType.ADD_CARRIER, "C2", "", 1.2, 8, 3, Double.NaN));
    assertArrayEquals(new double[] {0, 0.5, 0.5, 1.2, 1.7}, PlanSelection.curve(plan, new int[] {0, 1, 2, 8, 9}),
        1e-12);
    assertEquals(List.of(0, 2), PlanSelection.choose(plan, 9));
  }
}
