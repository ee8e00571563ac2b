package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.netnps.app.twin.TwinCells.cell;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.XdrRecord;
import org.netnps.io.scan.CellInfo;
import org.netnps.sim.network.Network;

/** An action reaches its own site and the sites it traded sessions with, not those that merely saw usage change. */
class FootprintsTest {
  static final List<CellInfo> CELLS = List.of(
      cell("A1", "A", "LTE", 3.100, 101.700, 0, 2, 4, 20),
      cell("B1", "B", "LTE", 3.105, 101.700, 180, 2, 4, 20),
      cell("C1", "C", "LTE", 3.100, 101.705, 270, 2, 4, 20),
      cell("D1", "D", "LTE", 3.110, 101.710, 90, 2, 4, 20));
  static final Network NETWORK = TwinNetwork.build(CELLS, TwinNetwork.frame(CELLS));
  static final Map<String, Integer> SUBSCRIBERS = Map.of("u0", 0, "u1", 1, "u2", 2, "u3", 3);

  static ServingSites run(String... sessions) {
    ServingSites sites = new ServingSites(DatasetSink.discard(), SUBSCRIBERS, SUBSCRIBERS.size(), NETWORK);
    for (String s : sessions) {
      String[] p = s.split("@");
      XdrRecord x = new XdrRecord();
      x.subscriberId = p[0];
      x.cellId = p[1];
      sites.xdr(x);
    }
    return sites;
  }

  static int site(String cellId) {
    return NETWORK.cell(cellId).site.index();
  }

  @Test
  void theNeighbourThatTookTheEdgeUsersIsInTheFootprint() {
    ServingSites base = run("u0@A1", "u0@A1", "u0@A1", "u1@A1", "u1@A1", "u2@B1", "u3@D1", "u3@D1");
    // u0 and u1 move an A session each to B; u2 at B is untouched; u3 at D uses the network less
    ServingSites plan = run("u0@A1", "u0@A1", "u0@B1", "u1@A1", "u1@B1", "u2@B1", "u3@D1");
    assertArrayEquals(new int[] {site("A1"), site("B1")}, Footprints.of(site("A1"), base, plan));
  }

  @Test
  void aSiteGivingUsersToAStrongerCellIsInItsFootprintToo() {
    ServingSites base = run("u0@C1", "u0@C1", "u1@A1");
    ServingSites plan = run("u0@A1", "u0@C1", "u1@A1");
    assertArrayEquals(new int[] {site("A1"), site("C1")}, Footprints.of(site("A1"), base, plan));
  }

  @Test
  void aSiteTakingLessThanOneTwentiethOfTheTradedSessionsIsLeftOut() {
    String[] base = new String[41];
    String[] plan = new String[41];
    for (int i = 0; i < 40; i++) {
      base[i] = "u0@A1";
      plan[i] = i < 20 ? "u0@A1" : "u0@B1";
    }
    base[40] = "u0@A1";
    plan[40] = "u0@C1";   // 1 of 21 traded sessions: under 5%
    assertArrayEquals(new int[] {site("A1"), site("B1")}, Footprints.of(site("A1"), run(base), run(plan)));
  }
}
