package org.netnps.app.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.io.store.ActionStore;

/**
 * A device campaign verified on device cohorts (devices.csv written for the purpose): 8 device
 * models over 12 days, the campaign for the first on day 6.
 */
class DeviceVerificationTest {
  private static final List<String> MODELS = List.of("Astra A14", "Redline Note 12", "Astra A54 5G", "Pomme 11",
      "Vivid Y36", "Nova Lite 3", "Pomme 14 5G", "Orbit Reno 10 5G");
  private static final LocalDate START = LocalDate.parse("2026-03-01");

  @TempDir
  Path tmp;

  @Test
  void aJumpOfTheCampaignModelsUsersAloneIsVerified() throws Exception {
    write(day -> day >= 6 ? 8 : 0, day -> 0, day -> day >= 6 ? 0.02 : 0.06);
    Verification.Result r = Verification.verify(campaign(), List.of(), tmp);
    assertEquals(Verification.Units.DEVICE_MODELS, r.units());
    assertEquals(List.of("Astra A14"), r.treated());
    assertEquals(7, r.controls().size());
    assertEquals(8, r.effects().get("expected_nps").estimate(), 0.5, r.toString());
    DifferenceInDifferences.Effect poor = r.effects().get("poor_rate");
    assertEquals(-0.04, poor.estimate(), 0.005, poor.toString());
    assertTrue(poor.verified(), poor.toString());
    DifferenceInDifferences.Effect calls = r.effects().get("call_loss_rate");
    assertEquals(-0.04, calls.estimate(), 0.005, calls.toString());
    assertTrue(r.npsVerified(), r.toString());
  }

  @Test
  void aJumpOfEveryModelsUsersIsNotTheCampaigns() throws Exception {
    // a network-wide improvement on the same day reaches every model's users alike
    write(day -> day >= 6 ? 8 : 0, day -> day >= 6 ? 8 : 0, day -> 0.06);
    Verification.Result r = Verification.verify(campaign(), List.of(), tmp);
    assertEquals(0, r.effects().get("expected_nps").estimate(), 0.5, r.toString());
    assertFalse(r.npsVerified());
  }

  @Test
  void aModelsUsersAlreadyRecoveringBeforeTheCampaignAreNotVerified() throws Exception {
    write(day -> day >= 6 ? 8 : day >= 3 ? 4 : 0, day -> 0, day -> 0.06);
    Verification.Result r = Verification.verify(campaign(), List.of(), tmp);
    assertTrue(r.preTrendDiffers(), String.valueOf(r.preTrend()));
    assertFalse(r.npsVerified());
  }

  @Test
  void resultsWithoutDevicesCsvOrWithoutTheModelAreRefusedWithTheFileNamed() throws Exception {
    UserException missing = assertThrows(UserException.class, () -> Verification.verify(campaign(), List.of(), tmp));
    assertTrue(missing.getMessage().contains("devices.csv"), missing.getMessage());
    write(day -> 0, day -> 0, day -> 0.06);
    ActionStore.StoredAction other = new ActionStore.StoredAction("A002", "F001", "device_campaign", "Brick 1", "",
        1, 2, ActionStatus.IMPLEMENTED, Instant.parse("2026-03-07T00:00:00Z"));
    UserException unknown = assertThrows(UserException.class, () -> Verification.verify(other, List.of(), tmp));
    assertTrue(unknown.getMessage().contains("Brick 1"), unknown.getMessage());
  }

  private static ActionStore.StoredAction campaign() {
    return new ActionStore.StoredAction("A001", "F001", "device_campaign", "Astra A14", "89650509363ffff", 1, 2,
        ActionStatus.IMPLEMENTED, Instant.parse("2026-03-07T00:00:00Z"));
  }

  /** The first model's users follow treatedNps and treatedPoorRate by day, the others otherNps and 0.06. */
  private void write(IntToDoubleFunction treatedNps, IntToDoubleFunction otherNps, IntToDoubleFunction treatedPoorRate)
      throws Exception {
    StringBuilder csv = new StringBuilder(
        "date,device_model,subscribers,active_subscribers,sessions,poor_sessions,calls,calls_lost,expected_nps,dl_mb,"
            + "complaints,revenue\n");
    for (int day = 0; day < 12; day++) {
      for (int m = 0; m < MODELS.size(); m++) {
        double wiggle = ((m * 7 + day * 3) % 5 - 2) * 0.2;   // deterministic noise, so variances are not 0
        double nps = (m == 0 ? treatedNps.applyAsDouble(day) : otherNps.applyAsDouble(day)) + wiggle;
        double poor = m == 0 ? treatedPoorRate.applyAsDouble(day) : 0.06;
        csv.append(START.plusDays(day)).append(',').append(MODELS.get(m)).append(",1000,900,10000,")
            .append(Math.round(poor * 10000 + wiggle * 10)).append(",1200,").append(Math.round(poor * 1200 + wiggle))
            .append(',').append(nps).append(",450,")
            .append(3 + m % 2).append(",950\n");
      }
    }
    Files.writeString(tmp.resolve("devices.csv"), csv);
  }
}
