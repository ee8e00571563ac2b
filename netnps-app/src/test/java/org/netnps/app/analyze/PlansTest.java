package org.netnps.app.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An antenna is turned toward a coverage hotspot only when that can help, and never far. */
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
}
