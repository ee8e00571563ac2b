package org.netnps.sim.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.Site;
import org.netnps.sim.network.Zone;

/**
 * load_balance sets offsets, not shares of load: NR-capable devices are steered to the sector's NR
 * layer where there is one, else the cell's edge goes to its neighbours; the radio decides who
 * moves (ServingTest).
 */
class LoadBalanceTest {

  static Network site(boolean withNr) {
    Site s = new Site(0, "S1", 0, 0, 25, Zone.URBAN, "Central");
    List<Cell> cells = new ArrayList<>(List.of(
        new Cell(0, "S1L1", s, Layer.LTE_1800, 0, 0, 0, 0, 6, 46),
        new Cell(1, "S1L2", s, Layer.LTE_1800, 1, 1, 120, 0, 6, 46)));
    if (withNr) {
      cells.add(new Cell(2, "S1N1", s, Layer.NR_3500, 0, 0, 0, 0, 6, 50));
      cells.add(new Cell(3, "S1N2", s, Layer.NR_3500, 1, 1, 120, 0, 6, 50));
    }
    return new Network(new LocalFrame(0, 0), 1000, List.of(s), cells);
  }

  @Test
  void anLteCellWithNrInItsSectorSteersNrDevicesThereBySixDecibelsByDefault() {
    Network n = site(true);
    ActionPlan.loadBalance(n, n.cell("S1L1"), Double.NaN);
    assertEquals(-114, n.cell("S1N1").nrSelectionRsrpDbm);
    assertEquals(0, n.cell("S1L1").cioDb, "the LTE edge stays where it is");
    assertEquals(-108, n.cell("S1N2").nrSelectionRsrpDbm);
  }

  @Test
  void anLteCellWithoutNrShrinksByACellOffsetOfThreeDecibelsByDefault() {
    Network n = site(false);
    ActionPlan.loadBalance(n, n.cell("S1L1"), Double.NaN);
    assertEquals(-3, n.cell("S1L1").cioDb);
    assertEquals(0, n.cell("S1L2").cioDb);
  }

  @Test
  void theNrCellOfTheSectorIsTheOneFacingTheSameWayWhateverItsNumber() {
    Site s = new Site(0, "S1", 0, 0, 25, Zone.URBAN, "Central");
    Network n = new Network(new LocalFrame(0, 0), 1000, List.of(s), List.of(
        new Cell(0, "S1L1", s, Layer.LTE_1800, 0, 0, 350, 0, 6, 46),
        new Cell(1, "S1N1", s, Layer.NR_3500, 0, 0, 120, 0, 6, 50),
        new Cell(2, "S1N2", s, Layer.NR_3500, 1, 1, 10, 0, 6, 50)));
    ActionPlan.loadBalance(n, n.cell("S1L1"), 3);
    assertEquals(-108, n.cell("S1N1").nrSelectionRsrpDbm);
    assertEquals(-111, n.cell("S1N2").nrSelectionRsrpDbm);
  }

  @Test
  void theOffsetIsCappedAtSixDecibelsAndNeverUndone() {
    Network n = site(false);
    ActionPlan.loadBalance(n, n.cell("S1L1"), 10);
    assertEquals(-6, n.cell("S1L1").cioDb);
    ActionPlan.loadBalance(n, n.cell("S1L1"), 2);
    assertEquals(-6, n.cell("S1L1").cioDb);
  }

  @Test
  void anNrCellShrinksWithinItsLayer() {
    Network n = site(true);
    ActionPlan.loadBalance(n, n.cell("S1N1"), 4);
    assertEquals(-4, n.cell("S1N1").cioDb);
    assertEquals(-108, n.cell("S1N1").nrSelectionRsrpDbm);
  }

  @Test
  void theOffsetsSurviveTheCopyOfAWhatIfRun() {
    Network n = site(true);
    ActionPlan.loadBalance(n, n.cell("S1L1"), Double.NaN);
    ActionPlan.loadBalance(n, n.cell("S1N2"), Double.NaN);
    Network copy = n.copy();
    assertEquals(-114, copy.cell("S1N1").nrSelectionRsrpDbm);
    assertEquals(-3, copy.cell("S1N2").cioDb);
  }
}
