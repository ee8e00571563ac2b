package org.netnps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;

/** A SRCON run: deterministic, every session record complete for its service, counters consistent. */
class SrconTest {

  static RecordingSink run(Scenario scenario, int threads) throws IOException {
    RecordingSink sink = new RecordingSink();
    new Srcon(World.build(scenario), threads).run(sink, sink);
    return sink;
  }

  static Scenario tiny(long seed) {
    return Scenario.of(Preset.TINY, seed).withSize(500, 2);
  }

  @Test
  void sameSeedSameRecordsWhateverTheThreads() throws IOException {
    assertEquals(run(tiny(3), 1).digest(), run(tiny(3), 4).digest());
  }

  @Test
  void anotherSeedAnotherCity() throws IOException {
    assertNotEquals(run(tiny(3), 2).digest(), run(tiny(4), 2).digest());
  }

  @Test
  void everySessionCarriesTheFieldsOfItsService() throws IOException {
    RecordingSink r = run(tiny(5), 2);
    Set<String> cells = r.cells.stream().map(c -> c.cellId()).collect(Collectors.toSet());
    assertTrue(r.xdrs.size() > 5_000);
    for (XdrRecord x : r.xdrs) {
      assertTrue(cells.contains(x.cellId), x.cellId);
      assertTrue(x.rsrpDbm >= -140 && x.rsrpDbm <= -30, "rsrp " + x.rsrpDbm);
      assertTrue(x.durationMs >= 0);
      switch (x.service) {
        case VOICE -> {
          assertTrue(x.callResult != null && x.codec != null && x.setupMs > 0);
          assertEquals(x.callResult == CallResult.FAILED, Double.isNaN(x.lossPct));
        }
        case VIDEO -> assertTrue(x.startDelayMs >= 0 && x.stallCount >= 0);
        case WEB -> assertTrue(x.httpOk == 1 ? x.pageLoadMs > 0 : Double.isNaN(x.pageLoadMs));
        case GAMING -> assertTrue(x.rttMs > 0 && x.jitterMs > 0 && x.lossPct >= 0);
        case OTHER -> assertTrue(x.dlBytes >= 0);
      }
    }
    for (Service s : Service.values()) {
      assertTrue(r.xdrs.stream().anyMatch(x -> x.service == s), "no " + s);
    }
  }

  @Test
  void surveysFollowTheWarmUpAndComplaintsReferToSubscribers() throws IOException {
    Scenario sc = Scenario.of(Preset.TINY, 6).withSize(800, 3);
    RecordingSink r = run(sc, 2);
    long warmUpEnd = sc.start() + 2 * 86_400_000L;
    assertTrue(r.surveys.size() > 10);
    assertTrue(r.surveys.stream().allMatch(s -> s.surveyedAt() >= warmUpEnd && s.score() >= 0 && s.score() <= 10));
    assertEquals(r.surveys.size(), r.surveys.stream().map(s -> s.subscriberId()).distinct().count(),
        "one answer per subscriber");
    assertEquals(r.complaints.size(), r.complaints.stream().map(c -> c.ticketId()).distinct().count());
  }

  @Test
  void theBusyHourIsBusierThanTheNight() throws IOException {
    RecordingSink r = run(tiny(8), 2);
    List<Double> hourly = r.calibration("prb_utilisation_mean_by_local_hour");
    double night = (hourly.get(3) + hourly.get(4) + hourly.get(5)) / 3;
    double evening = (hourly.get(20) + hourly.get(21) + hourly.get(22)) / 3;
    assertTrue(evening > 2.5 * night, "evening " + evening + " night " + night);
  }

  @Test
  void theSameCellsAppearInCountersAndConfiguration() throws IOException {
    RecordingSink r = run(tiny(9), 2);
    Set<String> configured = r.cells.stream().map(c -> c.cellId()).collect(Collectors.toSet());
    Set<String> counted = r.pm.stream().map(v -> v.cellId()).collect(Collectors.toSet());
    assertEquals(configured, counted);
    List<String> perCell = r.pm.stream().filter(v -> v.cellId().equals(r.cells.get(0).cellId()))
        .map(v -> v.counter()).distinct().toList();
    assertTrue(perCell.containsAll(List.of("RRC.ConnEstabAtt", "RRC.ConnEstabSucc", "RRU.PrbTotDl",
        "RRU.CellUnavailableTime", "HO.ExeAtt", "HO.ExeSucc", "VS.UL.InterferenceAvg")), perCell.toString());
  }
}
