package org.netnps.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netnps.sim.network.Layer;

/** TR 36.942 Annex A.1 attenuated Shannon and the noise floor, against research/simulator.md 1.4 and 2.1. */
class LinkAbstractionTest {

  @ParameterizedTest(name = "LTE SE at {0} dB = {1} bit/s/Hz")
  @CsvSource({"-10, 0.08", "-5, 0.24", "0, 0.60", "5, 1.23", "10, 2.08", "15, 3.02", "20, 3.99", "25, 4.4", "40, 4.4"})
  void attenuatedShannon(double sinrDb, double expected) {
    assertEquals(expected, LinkAbstraction.LTE.spectralEfficiency(sinrDb), 0.01);
  }

  @Test
  void nothingBelowTheFloor() {
    assertEquals(0, LinkAbstraction.LTE.spectralEfficiency(-10.5));
  }

  @Test
  void noiseFloorOfAnLteAndAnNrCarrier() {
    assertEquals(-92.4, LinkAbstraction.noiseDbm(Layer.LTE_1800.occupiedHz(), 9), 0.05);
    assertEquals(-85.1, LinkAbstraction.noiseDbm(Layer.NR_3500.occupiedHz(), 9), 0.05);
    assertEquals(-123.2, LinkAbstraction.noiseDbm(Layer.LTE_1800.subcarrierHz, 9), 0.05);
  }

  @Test
  void moreLayersOnlyAtHighSinr() {
    assertEquals(1.0, LinkAbstraction.effectiveLayers(0, 4), 0.02);
    assertTrue(LinkAbstraction.effectiveLayers(14, 4) > 1.5);
    assertEquals(3.1, LinkAbstraction.effectiveLayers(30, 4), 0.05);
    assertEquals(1.7, LinkAbstraction.effectiveLayers(30, 2), 0.01);
  }
}
