package org.netnps.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TR 38.901 Table 7.4.1-1 / 7.4.2-1, against the worked values of research/simulator.md 1.1. */
class PathLossTest {

  @ParameterizedTest(name = "UMa NLOS {0} GHz at {1} m = {2} dB")
  @CsvSource({
    "1.8, 100, 97", "1.8, 250, 112", "1.8, 500, 124", "1.8, 1000, 136",
    "3.5, 100, 103", "3.5, 250, 118", "3.5, 500, 130", "3.5, 1000, 142"
  })
  void urbanMacroNonLineOfSight(double fcGhz, double distance, double expectedDb) {
    assertEquals(expectedDb, PathLoss.umaNlos(distance, 25, 1.5, fcGhz), 1.0);
  }

  @ParameterizedTest(name = "UMi NLOS 3.5 GHz at {0} m = {1} dB")
  @CsvSource({"50, 94", "100, 105", "200, 115", "400, 126"})
  void urbanMicroNonLineOfSight(double distance, double expectedDb) {
    assertEquals(expectedDb, PathLoss.umiNlos(distance, 10, 1.5, 3.5), 1.0);
  }

  @ParameterizedTest(name = "P_LOS UMa at {0} m = {1}")
  @CsvSource({"50, 0.65", "100, 0.35", "200, 0.13", "300, 0.07", "500, 0.04"})
  void urbanMacroLineOfSightProbability(double distance, double expected) {
    assertEquals(expected, PathLoss.umaLosProbability(distance, 1.5), 0.01);
  }

  @ParameterizedTest(name = "UMa LOS at {0} m is below NLOS")
  @CsvSource({"50", "200", "1000", "3000"})
  void lineOfSightNeverLosesMoreThanNonLineOfSight(double distance) {
    double los = PathLoss.umaLos(distance, 25, 1.5, 1.8);
    assertEquals(los, Math.min(los, PathLoss.umaNlos(distance, 25, 1.5, 1.8)), 1e-9);
  }

  @ParameterizedTest(name = "O2I legacy at {0} m inside = {1} dB")
  @CsvSource({"0, 20", "10, 25", "25, 32.5"})
  void outdoorToIndoorLegacy(double depth, double expected) {
    assertEquals(expected, PathLoss.outdoorToIndoor(depth), 1e-9);
  }
}
