package org.netnps.app.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.H3Core;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.io.store.ActionStore;

/** Verification of an action on hourly grid rows written for the purpose: 10 days, the action on day 6. */
class VerificationTest {
  private static final String GRID = "89650509363ffff";
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir
  Path tmp;

  @Test
  void aJumpAfterTheActionOnlyInTheTreatedGridsIsVerified() throws Exception {
    Verification.Result r = verify(day -> day >= 6 ? 10 : 0);
    assertTrue(r.effects().get("expected_nps").estimate() > 9, r.toString());
    assertNotNull(r.preTrend());
    assertFalse(r.preTrendDiffers());
    assertTrue(r.npsVerified());
  }

  @Test
  void treatedGridsAlreadyDriftingApartBeforeTheActionAreNotVerified() throws Exception {
    Verification.Result r = verify(day -> day >= 6 ? 10 : day >= 3 ? 5 : 0);
    assertTrue(r.effects().get("expected_nps").verified(), "the before/after difference alone would pass");
    assertTrue(r.preTrendDiffers(), r.preTrend().toString());
    assertFalse(r.npsVerified());
  }

  @Test
  void nothingHappeningIsNotVerified() throws Exception {
    assertFalse(verify(day -> 0).npsVerified());
  }

  @Test
  void revenueEarnedInTheTreatedGridsIsMeasuredBesideNps() throws Exception {
    write(day -> day >= 6 ? 10 : 0, day -> day >= 6 ? 130 : 100, true);
    DifferenceInDifferences.Effect revenue =
        Verification.verify(action("add_carrier"), List.of(), tmp).effects().get("revenue");
    assertEquals(30, revenue.estimate(), 1.0, revenue.toString());
    assertTrue(revenue.verified(), revenue.toString());
  }

  @Test
  void resultsWithoutARevenueColumnAreVerifiedOnTheOtherMetrics() throws Exception {
    write(day -> day >= 6 ? 10 : 0, day -> 100, false);
    Verification.Result r = Verification.verify(action("add_carrier"), List.of(), tmp);
    assertFalse(r.effects().containsKey("revenue"));
    assertEquals(List.of("expected_nps", "poor_rate", "mb_per_subscriber_hour", "complaints"),
        List.copyOf(r.effects().keySet()));
    assertTrue(r.npsVerified());
  }

  @Test
  void aProblemThatEndedByItselfIsNotVerifiedAgainstPeersOfTheAction() throws Exception {
    // the action's grids and those of the carriers proposed but not built recover alike on day 6
    write(day -> day >= 6 ? 10 : 0, day -> day >= 6 ? 10 : 0, day -> 100, true);
    List<ActionStore.StoredAction> loop = new java.util.ArrayList<>(peerActions());
    loop.add(action("add_carrier"));
    Verification.Result withPeers = Verification.verify(action("add_carrier"), loop, tmp);
    assertTrue(withPeers.controlsFromPeers());
    assertEquals(0, withPeers.effects().get("expected_nps").estimate(), 1.0, withPeers.toString());
    assertFalse(withPeers.npsVerified());
    Verification.Result anyGrid = Verification.verify(action("add_carrier"), List.of(), tmp);
    assertFalse(anyGrid.controlsFromPeers());
    assertTrue(anyGrid.effects().get("expected_nps").estimate() > 3,
        "against grids matched on NPS alone, much of the recovery passes for the action's effect: " + anyGrid);
  }

  @Test
  void aJumpOnlyInTheTreatedGridsIsVerifiedAgainstPeersToo() throws Exception {
    write(day -> day >= 6 ? 10 : 0, day -> 0, day -> 100, true);
    Verification.Result r = Verification.verify(action("add_carrier"), peerActions(), tmp);
    assertTrue(r.controlsFromPeers());
    assertTrue(r.npsVerified(), r.toString());
  }

  @Test
  void daysBeforeTheFeatureWindowIsFullAreNotCompared() throws Exception {
    // scores fall as the first days fill the window, by more in the (worse) treated grids; no action effect
    write(day -> day < 3 ? 20 : 0, day -> 0, day -> 100, true);
    DifferenceInDifferences.Effect whole = verify(day -> day < 3 ? 20 : 0).effects().get("expected_nps");
    assertTrue(whole.estimate() < -5, "the filling window alone looks like a loss: " + whole);
    StringBuilder trend = new StringBuilder("date,subscribers,network_nps,network_nps_lo,network_nps_hi,full_window\n");
    for (int day = 0; day < 10; day++) {
      trend.append(START.plusSeconds(day * 86_400L).toString(), 0, 10).append(",100,1,0,2,").append(day >= 3)
          .append('\n');
    }
    Files.writeString(tmp.resolve("trend.csv"), trend);
    Verification.Result r = Verification.verify(action("add_carrier"), List.of(), tmp);
    assertEquals(3, r.preDays(), "days 3, 4 and 5 before the action on day 6");
    assertEquals(0, r.effects().get("expected_nps").estimate(), 0.5, r.toString());
  }

  private Verification.Result verify(IntToDoubleFunction treatedNps) throws Exception {
    write(treatedNps, day -> 100, true);
    return Verification.verify(action("add_carrier"), List.of(), tmp);
  }

  /** Six proposed carriers 5 rings away from the action, none within 2 rings of another. */
  private static List<ActionStore.StoredAction> peerActions() throws Exception {
    H3Core h3 = H3Core.newInstance();
    List<String> ring5 = new java.util.ArrayList<>(h3.gridDisk(GRID, 5));
    ring5.removeAll(h3.gridDisk(GRID, 4));
    java.util.Collections.sort(ring5);
    List<String> centres = new java.util.ArrayList<>();
    for (String g : ring5) {
      if (centres.size() < 6 && centres.stream().allMatch(c -> h3.gridDistance(c, g) > 2)) {
        centres.add(g);
      }
    }
    assertEquals(6, centres.size());
    List<ActionStore.StoredAction> out = new java.util.ArrayList<>();
    for (int i = 0; i < centres.size(); i++) {
      out.add(new ActionStore.StoredAction("A10" + i, "F10" + i, "add_carrier", "S010" + i + "L1", centres.get(i), 1,
          8, ActionStatus.PROPOSED, null));
    }
    return out;
  }

  private static ActionStore.StoredAction action(String type) {
    return new ActionStore.StoredAction("A001", "F001", type, "S0001L1", GRID, 1, 8, ActionStatus.IMPLEMENTED,
        START.plusSeconds(6 * 86_400L));
  }

  /**
   * Treated grids (the action's and its ring) follow treatedNps and treatedRevenue by day; the
   * others stay near 0 and 100.
   */
  private void write(IntToDoubleFunction treatedNps, IntToDoubleFunction treatedRevenue, boolean revenueColumn)
      throws Exception {
    write(treatedNps, day -> 0, treatedRevenue, revenueColumn);
  }

  /** As above, with the peers' grids (and their ring 1) following peerNps. */
  private void write(IntToDoubleFunction treatedNps, IntToDoubleFunction peerNps, IntToDoubleFunction treatedRevenue,
      boolean revenueColumn) throws Exception {
    H3Core h3 = H3Core.newInstance();
    Set<String> treated = new HashSet<>(h3.gridDisk(GRID, 1));
    Set<String> peers = new HashSet<>();
    for (ActionStore.StoredAction p : peerActions()) {
      peers.addAll(h3.gridDisk(p.gridId(), 1));
    }
    List<String> all = h3.gridDisk(GRID, 6);
    StringBuilder csv = new StringBuilder(
        "grid_id,hour,subscribers,sessions,poor_sessions,expected_nps,dl_mb,complaints"
            + (revenueColumn ? ",revenue\n" : "\n"));
    for (int day = 0; day < 10; day++) {
      for (int g = 0; g < all.size(); g++) {
        String grid = all.get(g);
        double wiggle = ((g * 7 + day * 3) % 5 - 2) * 0.2;   // deterministic noise, so variances are not 0
        double nps = (treated.contains(grid) ? treatedNps.applyAsDouble(day)
            : peers.contains(grid) ? peerNps.applyAsDouble(day) : 0) + wiggle;
        csv.append(grid).append(',').append(START.plusSeconds(day * 86_400L + 12 * 3_600L)).append(",30,100,10,")
            .append(nps).append(",50,0");
        double revenue = (treated.contains(grid) ? treatedRevenue.applyAsDouble(day) : 100) + wiggle;
        csv.append(revenueColumn ? "," + revenue + "\n" : "\n");
      }
    }
    Files.writeString(tmp.resolve("grids.csv"), csv);
  }
}
