package org.netnps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.population.Device;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemType;

/**
 * Each injectable problem visibly changes the right counters and sessions: the same city is run
 * without problems and with one, on the same random streams, and the two are compared.
 */
class InjectedProblemsTest {
  static final long HOUR = 3_600_000L;
  static final Scenario CLEAN = Scenario.of(Preset.TINY, 11).withSize(800, 2).withProblems(List.of());
  static RecordingSink clean;
  static World world;
  static Cell busiest;
  static long from;
  static long to;

  @BeforeAll
  static void runWithoutProblems() throws IOException {
    world = World.build(CLEAN);
    clean = SrconTest.run(CLEAN, 2);
    Map<String, Long> sessions = clean.xdrs.stream().collect(Collectors.groupingBy(x -> x.cellId, Collectors.counting()));
    busiest = world.network().cells().stream().filter(c -> c.layer == Layer.LTE_1800)
        .max(Comparator.comparingLong(c -> sessions.getOrDefault(c.id, 0L))).orElseThrow();
    from = CLEAN.start() + 24 * HOUR + 8 * HOUR;
    to = from + 12 * HOUR;
  }

  static RecordingSink withProblem(ProblemType type, List<String> cells, String site, String device, long start,
      long end, double magnitude) throws IOException {
    Problem p = new Problem("P1", type, cells, site, device, busiest.site.x(), busiest.site.y(), start, end, magnitude);
    return SrconTest.run(CLEAN.withProblems(List.of(p)), 2);
  }

  static List<XdrRecord> sessions(RecordingSink r, Predicate<XdrRecord> which) {
    return r.xdrs.stream().filter(x -> x.startTime >= from && x.startTime < to).filter(which).toList();
  }

  static double mean(List<XdrRecord> xs, java.util.function.ToDoubleFunction<XdrRecord> f) {
    return xs.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
  }

  @Test
  void aCellOutageEmptiesTheCellAndCountsUnavailableTime() throws IOException {
    RecordingSink r = withProblem(ProblemType.CELL_OUTAGE, List.of(busiest.id), null, null, from, to, 0);
    assertTrue(sessions(clean, x -> x.cellId.equals(busiest.id)).size() > 20);
    assertEquals(0, sessions(r, x -> x.cellId.equals(busiest.id)).size());
    assertEquals(12 * 3600, r.counterSum(busiest.id, "RRU.CellUnavailableTime", from, to), 1e-9);
    assertEquals(0, clean.counterSum(busiest.id, "RRU.CellUnavailableTime", from, to), 1e-9);
    assertTrue(r.alarms.stream().anyMatch(a -> a.objectId().equals(busiest.id) && a.severity().code().equals("critical")));
  }

  @Test
  void aSiteOutageTakesDownEveryCellOfTheSite() throws IOException {
    RecordingSink r = withProblem(ProblemType.SITE_OUTAGE, List.of(), busiest.site.id(), null, from, to, 0);
    for (Cell c : world.network().cellsOf(busiest.site)) {
      assertEquals(0, sessions(r, x -> x.cellId.equals(c.id)).size(), c.id);
      assertEquals(12 * 3600, r.counterSum(c.id, "RRU.CellUnavailableTime", from, to), 1e-9);
    }
  }

  @Test
  void anEventSaturatesTheCellsAndSlowsTheirUsers() throws IOException {
    long start = CLEAN.start() + 24 * HOUR + 10 * HOUR; // 18:00 local
    List<String> cells = world.network().cellsOf(busiest.site).stream().map(c -> c.id).toList();
    RecordingSink r = withProblem(ProblemType.EVENT_CONGESTION, cells, null, null, start, start + 4 * HOUR, 0.9);
    double prbClean = clean.counterSum(busiest.id, "RRU.PrbTotDl", start, start + 4 * HOUR) / 16;
    double prbEvent = r.counterSum(busiest.id, "RRU.PrbTotDl", start, start + 4 * HOUR) / 16;
    assertTrue(prbEvent > 95 && prbEvent > prbClean + 20, prbClean + " -> " + prbEvent);
    Predicate<XdrRecord> there = x -> cells.contains(x.cellId) && x.startTime >= start && x.startTime < start + 4 * HOUR
        && x.service == Service.VIDEO;
    double before = clean.xdrs.stream().filter(there).mapToDouble(x -> x.dlKbps).filter(v -> !Double.isNaN(v)).average().orElseThrow();
    double during = r.xdrs.stream().filter(there).mapToDouble(x -> x.dlKbps).filter(v -> !Double.isNaN(v)).average().orElseThrow();
    assertTrue(during < 0.5 * before, before + " -> " + during);
  }

  @Test
  void aMisTiltWeakensTheSignalWhereTheCellServed() throws IOException {
    RecordingSink r = withProblem(ProblemType.MIS_TILT, List.of(busiest.id), null, null, CLEAN.start(), CLEAN.end(), 8);
    Map<String, Double> after = new HashMap<>();
    for (XdrRecord x : r.xdrs) {
      after.put(x.subscriberId + x.startTime, x.rsrpDbm);
    }
    double drop = clean.xdrs.stream().filter(x -> x.cellId.equals(busiest.id) && after.containsKey(x.subscriberId + x.startTime))
        .mapToDouble(x -> x.rsrpDbm - after.get(x.subscriberId + x.startTime)).average().orElseThrow();
    assertTrue(drop > 2, "mean RSRP drop " + drop + " dB");
    assertTrue(r.cells.stream().anyMatch(c -> c.cellId().equals(busiest.id) && c.elecTiltDeg() >= busiest.elecTiltDeg + 8 - 1e-9),
        "the wrong tilt shows in the configuration export");
  }

  @Test
  void externalInterferenceRaisesUplinkInterferenceAndLowersSinr() throws IOException {
    RecordingSink r = withProblem(ProblemType.EXTERNAL_INTERFERENCE, List.of(busiest.id), null, null, from, to, 12);
    double rise = (r.counterSum(busiest.id, "VS.UL.InterferenceAvg", from, to)
        - clean.counterSum(busiest.id, "VS.UL.InterferenceAvg", from, to)) / 48;
    assertTrue(rise > 10, "UL interference rise " + rise + " dB");
    double sinrClean = mean(sessions(clean, x -> x.cellId.equals(busiest.id)), x -> x.sinrDb);
    double sinrHit = mean(sessions(r, x -> x.cellId.equals(busiest.id)), x -> x.sinrDb);
    assertTrue(sinrHit < sinrClean - 1, sinrClean + " -> " + sinrHit);
  }

  @Test
  void transportCongestionAddsDelayAtTheSite() throws IOException {
    RecordingSink r = withProblem(ProblemType.TRANSPORT_CONGESTION, List.of(), busiest.site.id(), null, from, to, 150);
    List<String> cells = world.network().cellsOf(busiest.site).stream().map(c -> c.id).toList();
    double before = mean(sessions(clean, x -> cells.contains(x.cellId)), x -> x.rttMs);
    double during = mean(sessions(r, x -> cells.contains(x.cellId)), x -> x.rttMs);
    assertTrue(during > before + 120, before + " -> " + during);
  }

  @Test
  void aDeviceDefectMultipliesFailuresOfThatModelOnly() throws IOException {
    Device device = Device.CATALOGUE[0];
    RecordingSink r = withProblem(ProblemType.DEVICE_DEFECT, List.of(), null, device.model(), CLEAN.start(), CLEAN.end(), 6);
    Predicate<XdrRecord> calls = x -> x.service == Service.VOICE && x.tac.equals(device.tac());
    double before = failureRate(clean, calls);
    double during = failureRate(r, calls);
    assertTrue(during > 3 * before, before + " -> " + during);
    Predicate<XdrRecord> others = x -> x.service == Service.VOICE && !x.tac.equals(device.tac());
    assertEquals(failureRate(clean, others), failureRate(r, others), 0.01);
  }

  @Test
  void handoverFailuresShowInTheHandoverCounters() throws IOException {
    Cell mobile = world.network().cells().stream()
        .max(Comparator.comparingDouble(c -> clean.counterSum(c.id, "HO.ExeAtt", CLEAN.start(), CLEAN.end()))).orElseThrow();
    RecordingSink r = withProblem(ProblemType.HANDOVER_FAILURE, List.of(mobile.id), null, null, CLEAN.start(), CLEAN.end(), 0.25);
    double att = r.counterSum(mobile.id, "HO.ExeAtt", CLEAN.start(), CLEAN.end());
    double succ = r.counterSum(mobile.id, "HO.ExeSucc", CLEAN.start(), CLEAN.end());
    double cleanRate = clean.counterSum(mobile.id, "HO.ExeSucc", CLEAN.start(), CLEAN.end())
        / clean.counterSum(mobile.id, "HO.ExeAtt", CLEAN.start(), CLEAN.end());
    assertTrue(att > 50, "attempts " + att);
    assertTrue(cleanRate > 0.97 && succ / att < 0.85, cleanRate + " -> " + succ / att);
  }

  private static double failureRate(RecordingSink r, Predicate<XdrRecord> which) {
    List<XdrRecord> calls = r.xdrs.stream().filter(which).toList();
    return (double) calls.stream().filter(x -> x.callResult != CallResult.COMPLETED).count() / calls.size();
  }
}
