package org.netnps.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.CellHours.Field;

/** Each detector on a small twin of two sites with one problem injected into ordinary hours. */
class DiagnosisTest {
  private static final long T0 = 1_772_409_600_000L;   // 2026-03-02T00:00Z
  private static final long HOUR = 3_600_000L;
  private static final int HOURS = 7 * 24;
  private static final List<CellConfig> CELLS = List.of(
      new CellConfig("A1", "A", "LTE", 1842.5, 6), new CellConfig("A2", "A", "LTE", 1842.5, 6),
      new CellConfig("A3", "A", "LTE", 1842.5, 14), new CellConfig("B1", "B", "LTE", 1842.5, 6),
      new CellConfig("B2", "B", "LTE", 1842.5, 7));

  private static CellHours ordinary() {
    SplittableRandom r = new SplittableRandom(4);
    CellHours t = new CellHours(CELLS.size());
    for (int c = 0; c < CELLS.size(); c++) {
      for (int h = 0; h < HOURS; h++) {
        long at = T0 + h * HOUR;
        t.add(c, at, Field.PRB_USED, 20 + 30 * r.nextDouble());
        t.add(c, at, Field.PRB_AVAIL, 100);
        t.add(c, at, Field.INTERFERENCE_SUM, -116 + r.nextDouble());
        t.add(c, at, Field.INTERFERENCE_N, 1);
        double att = 6 + r.nextInt(6);
        t.add(c, at, Field.HO_ATT, att);
        t.add(c, at, Field.HO_SUCC, att - (r.nextInt(50) == 0 ? 1 : 0));
        t.add(c, at, Field.RTT_SUM, 20 * (45 + 10 * r.nextDouble()));
        t.add(c, at, Field.RTT_N, 20);
        t.add(c, at, Field.SESSIONS, 20);
      }
    }
    return t;
  }

  @Test
  void anOrdinaryWeekHasNoTimeBoundFindings() {
    assertEquals(List.of(), new CellDetectors(ordinary()).detect());
  }

  @Test
  void aCellWithSessionsButNoCountersIsQuiet() {
    CellHours t = new CellHours(1);
    for (int h = 0; h < HOURS; h++) {
      t.add(0, T0 + h * HOUR, Field.SESSIONS, 3);
    }
    assertEquals(List.of(), new CellDetectors(t).detect());
  }

  @Test
  void anUnavailableCellIsAFaultForExactlyItsHours() {
    CellHours t = ordinary();
    for (int h = 30; h < 34; h++) {
      t.add(1, T0 + h * HOUR, Field.UNAVAILABLE_S, 3600);
    }
    Candidate c = only(new CellDetectors(t).detect());
    assertEquals(ProblemCause.FAULT, c.cause());
    assertEquals(List.of(1), c.cells());
    assertEquals(30, c.startHour());
    assertEquals(34, c.endHour());
  }

  @Test
  void aSiteWideOutageIsOneFindingForTheSite() {
    CellHours t = ordinary();
    for (int c = 0; c < 3; c++) {
      for (int h = 50; h < 53; h++) {
        t.add(c, T0 + h * HOUR, Field.UNAVAILABLE_S, 3600);
      }
    }
    List<Candidate> grouped = SiteGrouping.group(new CellDetectors(t).detect(), CELLS);
    Candidate c = only(grouped);
    assertEquals(List.of(0, 1, 2), c.cells());
    assertTrue(c.evidence().contains("3 cells of site A"), c.evidence());
  }

  @Test
  void aCellWithTwoSpellsInOneSiteWindowIsCountedOnce() {
    Candidate early = new Candidate(ProblemCause.FAULT, List.of(0), null, 10, 20, "A1 down", 0.95);
    Candidate sibling = new Candidate(ProblemCause.FAULT, List.of(1), null, 15, 30, "A2 down", 0.95);
    Candidate late = new Candidate(ProblemCause.FAULT, List.of(0), null, 25, 28, "A1 down again", 0.95);
    Candidate c = only(SiteGrouping.group(List.of(early, sibling, late), CELLS));
    assertEquals(List.of(0, 1), c.cells());
    assertEquals(10, c.startHour());
    assertEquals(30, c.endHour());
    assertTrue(c.evidence().endsWith("2 cells of site A at once"), c.evidence());
  }

  @Test
  void saturationFarAboveTheCellsBaselineIsCongestion() {
    CellHours t = ordinary();
    for (int h = 80; h < 84; h++) {
      t.add(3, T0 + h * HOUR, Field.PRB_USED, 60);
    }
    assertEquals(ProblemCause.CONGESTION, only(new CellDetectors(t).detect()).cause());
  }

  @Test
  void anUplinkInterferenceRiseOfDaysIsInterference() {
    CellHours t = ordinary();
    for (int h = 24; h < 72; h++) {
      t.add(4, T0 + h * HOUR, Field.INTERFERENCE_SUM, 10);
    }
    Candidate c = only(new CellDetectors(t).detect());
    assertEquals(ProblemCause.INTERFERENCE, c.cause());
    assertEquals(24, c.startHour());
    assertEquals(72, c.endHour());
  }

  @Test
  void failingHandoversAreMobilityAndRisingRttWithOrdinaryLoadIsTransport() {
    CellHours t = ordinary();
    for (int h = 96; h < 120; h++) {
      t.add(2, T0 + h * HOUR, Field.HO_SUCC, -3);
      t.add(0, T0 + h * HOUR, Field.RTT_SUM, 20 * 150);
    }
    List<Candidate> found = new CellDetectors(t).detect();
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.stream().anyMatch(c -> c.cause() == ProblemCause.MOBILITY && c.cells().equals(List.of(2))));
    assertTrue(found.stream().anyMatch(c -> c.cause() == ProblemCause.TRANSPORT && c.cells().equals(List.of(0))));
  }

  @Test
  void aCellTiltedFarFromItsSiblingsIsACoverageFinding() {
    Candidate c = only(TiltAudit.detect(CELLS, ordinary()));
    assertEquals(ProblemCause.COVERAGE, c.cause());
    assertEquals(List.of(2), c.cells());
    assertTrue(c.evidence().contains("downtilt 14.0 deg against the site's median 6.0 deg"), c.evidence());
  }

  @Test
  void aDeviceThatLosesCallsEverywhereIsADeviceFinding() {
    Map<String, DeviceDetector.DeviceCalls> calls = Map.of("X1", new DeviceDetector.DeviceCalls(2000, 120),
        "Y2", new DeviceDetector.DeviceCalls(20_000, 300), "Z3", new DeviceDetector.DeviceCalls(8000, 130));
    Candidate c = only(DeviceDetector.detect(calls, HOURS));
    assertEquals("X1", c.deviceModel());
    assertEquals(List.of(), c.cells());
  }

  @Test
  void flaggedHoursMergeAcrossShortGaps() {
    boolean[] f = new boolean[12];
    f[1] = f[2] = f[4] = true;
    f[9] = true;
    List<int[]> runs = HourRuns.of(f, 1, 2);
    assertEquals(1, runs.size());
    assertEquals(1, runs.get(0)[0]);
    assertEquals(5, runs.get(0)[1]);
  }

  private static Candidate only(List<Candidate> found) {
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
