package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netnps.app.analyze.Diagnosis;
import org.netnps.core.diagnosis.Candidate;
import org.netnps.core.diagnosis.ProblemDurations;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.twin.CellHours;

/** A diagnosed problem's magnitude is measured against the cell's own median hour, its duration against its cause's. */
class TwinProblemsTest {
  private static final long T0 = 1_772_380_800_000L;   // 2026-03-01T16:00Z, any hour start
  private static final long HOUR = 3_600_000L;

  @Test
  void theRiseIsTheWindowsMeanAboveTheCellsMedianHour() {
    CellHours t = new CellHours(1);
    for (int h = 0; h < 48; h++) {
      double dbm = h >= 40 ? -98 : -110;
      t.add(0, T0 + h * HOUR, CellHours.Field.INTERFERENCE_SUM, dbm);
      t.add(0, T0 + h * HOUR, CellHours.Field.INTERFERENCE_N, 1);
    }
    double rise = TwinProblems.rise(t, T0 + 40 * HOUR, T0 + 48 * HOUR, h -> t.interferenceDbm(0, h));
    assertEquals(12, rise, 1e-4, "-98 dBm in the window against a -110 dBm median");
  }

  @Test
  void withoutMeasuresInTheWindowThereIsNoRise() {
    CellHours t = new CellHours(1);
    t.add(0, T0, CellHours.Field.INTERFERENCE_SUM, -110);
    t.add(0, T0, CellHours.Field.INTERFERENCE_N, 1);
    t.add(0, T0 + 5 * HOUR, CellHours.Field.SESSIONS, 1);
    assertTrue(Double.isNaN(TwinProblems.rise(t, T0 + 2 * HOUR, T0 + 4 * HOUR, h -> t.interferenceDbm(0, h))));
  }

  @Test
  void aProblemStillGoingOnIsExpectedToLastAsLongAsItsCauseLastsInTheData() {
    long end = T0 + 14 * 24 * HOUR;   // the data's end
    List<Diagnosis.Finding> findings = List.of(
        finding("F1", ProblemCause.TRANSPORT, T0, T0 + 24 * HOUR),                  // ended after a day
        finding("F2", ProblemCause.TRANSPORT, T0 + 48 * HOUR, T0 + 96 * HOUR),      // ended after two
        finding("F3", ProblemCause.TRANSPORT, end - 36 * HOUR, end),                // going on for 1.5 days
        finding("F4", ProblemCause.COVERAGE, T0, end));                             // going on all along
    Map<ProblemCause, ProblemDurations> d = TwinProblems.durations(findings, end);
    // of the transport problems that lasted longer than 1.5 days, the one of 2 days ended half a day later
    assertEquals(12 * HOUR, d.get(ProblemCause.TRANSPORT).expectedRemaining(36 * HOUR, 7 * 24 * HOUR), 1e-6);
    assertEquals(7 * 24 * HOUR, d.get(ProblemCause.COVERAGE).expectedRemaining(14 * 24 * HOUR, 7 * 24 * HOUR), 1e-6,
        "nothing of its cause ended: it persists over the horizon");
  }

  private static Diagnosis.Finding finding(String id, ProblemCause cause, long start, long end) {
    Candidate c = new Candidate(cause, List.of(0), null, 0, 1, "", 1);
    return new Diagnosis.Finding(id, c, "C1", "", 0, 0, start, end, 10, 0.1);
  }
}
