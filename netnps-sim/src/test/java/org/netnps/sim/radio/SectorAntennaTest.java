package org.netnps.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The TR 38.901 Table 7.3-1 pattern: 3 dB at half the beamwidth, floors at the side lobes. */
class SectorAntennaTest {
  private final SectorAntenna element = SectorAntenna.TR38901_ELEMENT;

  @Test
  void fullGainOnBoresightAtTheTilt() {
    assertEquals(8, element.gainDbi(0, 6, 6), 1e-9);
  }

  @Test
  void threeDecibelsDownAtHalfTheBeamwidth() {
    assertEquals(5, element.gainDbi(32.5, 0, 0), 1e-9);
    assertEquals(5, element.gainDbi(0, 32.5, 0), 1e-9);
  }

  @Test
  void frontToBackRatioBehindTheSector() {
    assertEquals(8 - 30, element.gainDbi(180, 0, 0), 1e-9);
  }

  @Test
  void bearingsFoldAroundNorth() {
    assertEquals(-20, SectorAntenna.offBoresight(350, 10), 1e-9);
    assertEquals(20, SectorAntenna.offBoresight(10, 350), 1e-9);
    assertEquals(180, Math.abs(SectorAntenna.offBoresight(180, 0)), 1e-9);
  }

  @Test
  void moreDowntiltMovesTheBeamBelowAFarPoint() {
    SectorAntenna panel = SectorAntenna.MACRO_PANEL;
    double farPointDepression = Math.toDegrees(Math.atan2(23.5, 800));
    double designed = panel.gainDbi(0, farPointDepression, 4);
    double misTilted = panel.gainDbi(0, farPointDepression, 12);
    assertEquals(17, panel.gainDbi(0, 4, 4), 1e-9);
    assertEquals(true, designed - misTilted > 6, "8 deg more downtilt costs the cell edge > 6 dB");
  }
}
