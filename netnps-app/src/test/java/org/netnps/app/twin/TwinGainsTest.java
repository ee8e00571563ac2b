package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netnps.app.twin.TwinCells.cell;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.ActionType;
import org.netnps.io.scan.CellInfo;
import org.netnps.sim.network.Network;
import org.netnps.sim.whatif.Action;

/** How candidates share what-if runs on the twin, and what a tilt change sets. */
class TwinGainsTest {

  @Test
  void candidatesInOneRunAreAtLeastTheSeparationApartAndADeviceCampaignRunsAlone() {
    List<TwinGains.Candidate> todo = new ArrayList<>();
    double[][] at = {{0, 0}, {1000, 0}, {3500, 0}, {0, 3200}, {7000, 0}};
    for (int i = 0; i < at.length; i++) {
      todo.add(new TwinGains.Candidate(i, new Action("A" + i, ActionType.ADD_CARRIER, "C" + i, Double.NaN), at[i], i));
    }
    todo.add(new TwinGains.Candidate(5, new Action("A5", ActionType.DEVICE_CAMPAIGN, "Astra A14", Double.NaN), null,
        -1));
    List<List<TwinGains.Candidate>> groups = TwinGains.groups(todo);
    assertEquals(List.of(List.of(0, 2, 3, 4), List.of(1), List.of(5)),
        groups.stream().map(g -> g.stream().map(TwinGains.Candidate::index).toList()).toList());
    for (List<TwinGains.Candidate> g : groups) {
      for (TwinGains.Candidate a : g) {
        for (TwinGains.Candidate b : g) {
          assertTrue(a == b || Math.hypot(a.at()[0] - b.at()[0], a.at()[1] - b.at()[1]) >= TwinGains.SEPARATION_M);
        }
      }
    }
  }

  @Test
  void aTiltChangeSetsTheMedianTiltOfTheOtherCellsOfItsSitesLayer() {
    List<CellInfo> cells = List.of(
        cell("A1", "A", "LTE", 3.1, 101.7, 0, 2, 4, 20),
        cell("A2", "A", "LTE", 3.1, 101.7, 120, 2, 5, 20),
        cell("A3", "A", "LTE", 3.1, 101.7, 240, 2, 14, 20),
        cell("AN", "A", "NR", 3.1, 101.7, 0, 2, 0, 100));
    Network n = TwinNetwork.build(cells, TwinNetwork.frame(cells));
    Action tilt = new Action("A001", ActionType.ADJUST_TILT, "A3", Double.NaN);
    assertEquals(7, TwinGains.twinAction(tilt, n).value(), 1e-9,
        "median of 6 and 7 total degrees, the NR cell left out");
    Action carrier = new Action("A002", ActionType.ADD_CARRIER, "A3", Double.NaN);
    assertTrue(Double.isNaN(TwinGains.twinAction(carrier, n).value()));
  }
}
