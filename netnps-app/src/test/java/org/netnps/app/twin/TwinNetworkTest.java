package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netnps.app.twin.TwinCells.cell;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netnps.io.scan.CellInfo;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;

/** The twin's network is the configuration snapshot as SRCON models it. */
class TwinNetworkTest {
  private static final List<CellInfo> CELLS = List.of(
      cell("A-L1", "A", "LTE", 3.1000, 101.7000, 0, 2, 4, 20),
      cell("A-L2", "A", "LTE", 3.1000, 101.7000, 120, 2, 5, 40),
      cell("A-N1", "A", "NR", 3.1002, 101.7000, 0, 2, 6, 100),
      cell("B-L1", "B", "LTE", 3.1100, 101.7000, Double.NaN, 0, 3, 20));

  @Test
  void sitesSitAtTheirCellsMeanPositionAndEachCellKeepsItsConfiguration() {
    LocalFrame frame = TwinNetwork.frame(CELLS);
    Network n = TwinNetwork.build(CELLS, frame);
    assertEquals(2, n.sites().size());
    assertEquals(frame.north((3.1000 * 2 + 3.1002) / 3), n.site("A").y(), 1e-6);
    Cell l2 = n.cell("A-L2");
    assertEquals(Layer.LTE_1800, l2.layer);
    assertEquals(1, l2.sector, "second LTE cell of its site");
    assertEquals(120, l2.azimuthDeg);
    assertEquals(7, l2.totalTiltDeg(), 1e-9);
    assertEquals(2, l2.carriers, "40 MHz of a 20 MHz layer");
    assertEquals(Layer.NR_3500, n.cell("A-N1").layer);
    assertEquals(0, n.cell("A-N1").sector, "sectors count per layer");
    assertEquals(50, n.cell("A-N1").txPowerDbm);
    assertEquals(0, n.cell("B-L1").azimuthDeg, "an omni cell gets azimuth 0");
  }

  @Test
  void theCityReachesHalfASiteSpacingBeyondTheOutermostSite() {
    LocalFrame frame = TwinNetwork.frame(CELLS);
    Network n = TwinNetwork.build(CELLS, frame);
    double spacing = Math.hypot(n.site("A").x() - n.site("B").x(), n.site("A").y() - n.site("B").y());
    double far = Math.max(Math.hypot(n.site("A").x(), n.site("A").y()), Math.hypot(n.site("B").x(), n.site("B").y()));
    assertEquals(Math.max(1000, far + spacing / 2), n.radiusM(), 1e-6);
    assertTrue(spacing > 1000, "the sites are about 1.1 km apart: " + spacing);
  }
}
