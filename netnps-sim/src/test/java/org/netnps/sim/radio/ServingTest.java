package org.netnps.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.Site;
import org.netnps.sim.network.Zone;
import org.netnps.sim.problem.Effects;

/**
 * Cell selection with cell individual offsets and NR selection thresholds, on one pixel that
 * receives LTE cell 0 at -90 dBm, LTE cell 2 at -92 dBm and NR cell 1 at -110 dBm per RE.
 * Golden SINRs worked by hand: noise per RE -123.239 dBm (LTE, 15 kHz) and -120.229 dBm (NR,
 * 30 kHz) with a 9 dB noise figure; interferers weighted by their PRB utilisation.
 */
class ServingTest {
  static final float[] LOAD = {0.8f, 0.3f, 0.2f};
  Network network;

  @BeforeEach
  void build() {
    Site s1 = new Site(0, "S1", 0, 0, 25, Zone.URBAN, "Central");
    Site s2 = new Site(1, "S2", 500, 0, 25, Zone.URBAN, "Central");
    List<Cell> cells = List.of(
        new Cell(0, "S1L1", s1, Layer.LTE_1800, 0, 0, 90, 0, 6, 46),
        new Cell(1, "S1N1", s1, Layer.NR_3500, 0, 0, 90, 0, 6, 50),
        new Cell(2, "S2L1", s2, Layer.LTE_1800, 0, 3, 270, 0, 6, 46));
    network = new Network(new LocalFrame(0, 0), 1000, List.of(s1, s2), cells);
  }

  Serving serving() {
    int[][] cells = new int[Layer.values().length][RadioMap.TOP_K];
    float[][] power = new float[Layer.values().length][RadioMap.TOP_K];
    for (int l = 0; l < cells.length; l++) {
      Arrays.fill(cells[l], -1);
      Arrays.fill(power[l], Float.NEGATIVE_INFINITY);
    }
    cells[Layer.LTE_1800.ordinal()][0] = 0;
    power[Layer.LTE_1800.ordinal()][0] = -90;
    cells[Layer.LTE_1800.ordinal()][1] = 2;
    power[Layer.LTE_1800.ordinal()][1] = -92;
    cells[Layer.NR_3500.ordinal()][0] = 1;
    power[Layer.NR_3500.ordinal()][0] = -110;
    RadioMap map = new RadioMap(new PixelGrid(0, 0, 50, 1, 1), cells, power);
    return new Serving(map, network, new Effects(List.of(), network));
  }

  Link serve(boolean nrDevice) {
    Link link = new Link();
    serving().serve(0, 0, nrDevice, 0, LOAD, link);
    return link;
  }

  @Test
  void withoutOffsetsTheStrongestLteCellServesBelowTheNrThreshold() {
    Link link = serve(true);
    assertEquals(0, link.cell);
    assertEquals(-90, link.rsrpDbm, 1e-9);
    assertEquals(8.973, link.sinrDb, 1e-3);
  }

  @Test
  void anOffsetSmallerThanTheMarginKeepsTheUser() {
    network.cell(0).cioDb = -1;
    assertEquals(0, serve(false).cell);
  }

  @Test
  void aNegativeOffsetHandsTheEdgeUserToTheNeighbourWhichTheOldCellNowInterferes() {
    network.cell(0).cioDb = -3;
    Link link = serve(false);
    assertEquals(2, link.cell);
    assertEquals(-92, link.rsrpDbm, 1e-9);
    assertEquals(-1.033, link.sinrDb, 1e-3);
  }

  @Test
  void aLowerNrThresholdMovesNrDevicesOnly() {
    network.cell(1).nrSelectionRsrpDbm = -111;
    Link nr = serve(true);
    assertEquals(1, nr.cell);
    assertEquals(10.229, nr.sinrDb, 1e-3);
    assertEquals(0, serve(false).cell);
  }
}
