package org.netnps.io.scan;

import java.util.List;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.GridHours;

/**
 * A dataset's experience: per subscriber index the accumulator and whether any session was seen
 * (only those are scored), the poor events, survey answers, CRM rows, cells (by dense cell
 * index, as used in events and places), the reference MOS of an ordinary session per service,
 * the period the sessions span, the network twin per cell and hour (PM counters and the
 * sessions each cell served) over that period, and the experience twin per H3 cell and hour with
 * who was there.
 */
public record ScanResult(SubscriberIds ids, ExperienceAccumulator[] profiles, boolean[] seen,
    PoorEvents poorEvents, SurveyAnswers surveys, CustomerRecords customers, List<CellInfo> cells,
    float[] referenceMos, long periodStartMs, long periodEndMs, long sessions, long poorSessions,
    CellHours cellHours, long suspectPmValues, GridHours gridHours, GridVisits gridVisits, long rowsAfterUntil) {

  public int subscribers() {
    return profiles.length;
  }
}
