package org.netnps.core.experience;

import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;

/** One scored session as a value (see {@link ScoredSession} for the fields). */
public record SessionEvent(long startMs, long durationMs, Service service, double mos,
    PoorReason poorReason, double rsrpDbm, double sinrDb, double dlBytes, double dlKbps,
    double stallMs, int cell, long grid) implements ScoredSession {

  /** A value of a session read through a view (or any other scored session). */
  public static SessionEvent copyOf(ScoredSession s) {
    return new SessionEvent(s.startMs(), s.durationMs(), s.service(), s.mos(), s.poorReason(), s.rsrpDbm(),
        s.sinrDb(), s.dlBytes(), s.dlKbps(), s.stallMs(), s.cell(), s.grid());
  }
}
