package org.netnps.app.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
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
  void aDeviceCampaignIsRefused() throws Exception {
    write(day -> 0);
    UserException e = assertThrows(UserException.class, () -> Verification.verify(action("device_campaign"), tmp));
    assertTrue(e.getMessage().contains("device campaign"), e.getMessage());
  }

  private Verification.Result verify(IntToDoubleFunction treatedNps) throws Exception {
    write(treatedNps);
    return Verification.verify(action("add_carrier"), tmp);
  }

  private static ActionStore.StoredAction action(String type) {
    return new ActionStore.StoredAction("A001", "F001", type, "S0001L1", GRID, 1, 8, ActionStatus.IMPLEMENTED,
        START.plusSeconds(6 * 86_400L));
  }

  /** Treated grids (the action's and its ring) follow treatedNps by day; the others stay near 0. */
  private void write(IntToDoubleFunction treatedNps) throws Exception {
    H3Core h3 = H3Core.newInstance();
    Set<String> treated = new HashSet<>(h3.gridDisk(GRID, 1));
    List<String> all = h3.gridDisk(GRID, 6);
    StringBuilder csv = new StringBuilder("grid_id,hour,subscribers,sessions,poor_sessions,expected_nps,dl_mb,complaints\n");
    for (int day = 0; day < 10; day++) {
      for (int g = 0; g < all.size(); g++) {
        String grid = all.get(g);
        double wiggle = ((g * 7 + day * 3) % 5 - 2) * 0.2;   // deterministic noise, so variances are not 0
        double nps = (treated.contains(grid) ? treatedNps.applyAsDouble(day) : 0) + wiggle;
        csv.append(grid).append(',').append(START.plusSeconds(day * 86_400L + 12 * 3_600L)).append(",30,100,10,")
            .append(nps).append(",50,0\n");
      }
    }
    Files.writeString(tmp.resolve("grids.csv"), csv);
  }
}
