package org.netnps.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Site;
import org.netnps.sim.network.Zone;

/** Received power per RE = EPRE + antenna gain - path loss - shadowing, UMa on rooftops, UMi at street level. */
class RadioMapTest {

  static Cell cell(double heightM) {
    Site site = new Site(0, "S1", 0, 0, heightM, Zone.URBAN, "Central");
    return new Cell(0, "S1L1", site, Layer.LTE_1800, 0, 0, 0, 0, 0, 46);
  }

  static double expected(double heightM, double d, double pathLoss) {
    double depression = Math.toDegrees(Math.atan2(heightM - 1.5, d));
    double gain = SectorAntenna.MACRO_PANEL.gainDbi(0, depression, 0);
    return 46 - 10 * Math.log10(1200) + gain - 2 - pathLoss;
  }

  @Test
  void aRooftopSiteUsesUrbanMacro() {
    double p = RadioMap.receivedPower(cell(25), 0, 400, 0, 0.999);
    assertEquals(expected(25, 400, PathLoss.umaNlos(400, 25, 1.5, 1.8425)), p, 1e-9);
  }

  @Test
  void aStreetLevelSiteUsesUrbanMicro() {
    double p = RadioMap.receivedPower(cell(10), 0, 400, 0, 0.999);
    assertEquals(expected(10, 400, PathLoss.umiNlos(400, 10, 1.5, 1.8425)), p, 1e-9);
  }

  @Test
  void shadowingIsSigmaTimesTheUnitField() {
    double without = RadioMap.receivedPower(cell(25), 0, 400, 0, 0.999);
    assertEquals(without - 6, RadioMap.receivedPower(cell(25), 0, 400, 1, 0.999), 1e-9);
    double streetWithout = RadioMap.receivedPower(cell(10), 0, 400, 0, 0.999);
    assertEquals(streetWithout - 7.82, RadioMap.receivedPower(cell(10), 0, 400, 1, 0.999), 1e-9);
  }

  @Test
  void urbanMicroLineOfSightProbability() {
    assertEquals(1, PathLoss.umiLosProbability(18), 1e-12);
    assertEquals(0.5 + 0.5 * Math.exp(-1), PathLoss.umiLosProbability(36), 1e-12);
  }
}
