package org.netnps.app.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.ActionType;

/**
 * An antenna is turned toward a coverage hotspot only when that can help, and never far; plan.csv
 * ranks actions by gain per cost and numbers them by rank.
 */
class PlansTest {
  private static final double LAT = 3.1;
  private static final double LON = 101.6;

  /** A hotspot {@code metres} from the site at a compass bearing. */
  private static double turn(double azimuth, double bearingDeg, double metres) {
    double north = metres * Math.cos(Math.toRadians(bearingDeg)) / 110_574;
    double east = metres * Math.sin(Math.toRadians(bearingDeg)) / (111_320 * Math.cos(Math.toRadians(LAT)));
    return Plans.turnToward(LAT, LON, azimuth, LAT + north, LON + east);
  }

  @Test
  void theAntennaTurnsTowardAHotspotOffItsBoresight() {
    assertEquals(20, turn(0, 20, 800), 0.1);
    assertEquals(-15, turn(0, -15, 800), 0.1);
    assertEquals(20, turn(350, 10, 800), 0.1, "across north");
    assertEquals(-25, turn(10, 345, 800), 0.1);
  }

  @Test
  void aTurnIsCappedAndSmallOrUselessTurnsAreNotProposed() {
    assertEquals(Plans.MAX_TURN_DEG, turn(0, 60, 800), 0.1);
    assertEquals(-Plans.MAX_TURN_DEG, turn(120, 40, 800), 0.1);
    assertTrue(Double.isNaN(turn(0, 5, 800)), "near boresight: nothing to gain");
    assertTrue(Double.isNaN(turn(0, 150, 800)), "behind the sector: another cell's job");
    assertTrue(Double.isNaN(turn(0, 40, 50)), "beside the mast: no useful bearing");
    assertTrue(Double.isNaN(turn(Double.NaN, 40, 800)), "unknown azimuth");
  }

  private static Plans.Action action(String target, ActionType type, double gain) {
    return new Plans.Action("", "", type, target, "", gain, Plans.COST.get(type), 0);
  }

  @Test
  void actionsAreRankedByGainPerCostAndNumberedByRank() {
    List<Plans.Action> actions = List.of(
        action("C1", ActionType.ADD_CARRIER, 0.40), // 0.05 per unit
        action("C2", ActionType.LOAD_BALANCE, 0.10), // 0.10
        action("C3", ActionType.REPAIR_FAULT, 0.05), // 0.05, ties with C1 and keeps its place after it
        action("C4", ActionType.LOAD_BALANCE, 0.20)); // 0.20
    assertArrayEquals(new int[] {3, 1, 0, 2}, Plans.order(actions));
    List<Plans.Action> ranked = Plans.rank(actions);
    assertEquals(List.of("A001", "A002", "A003", "A004"), ranked.stream().map(Plans.Action::actionId).toList());
    assertEquals(List.of("C4", "C2", "C1", "C3"), ranked.stream().map(Plans.Action::target).toList());
    assertEquals(3, ranked.get(2).priority());
  }
}
