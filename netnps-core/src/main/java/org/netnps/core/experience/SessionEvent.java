package org.netnps.core.experience;

import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;
import org.netnps.core.qoe.SessionScore;
import org.netnps.core.record.XdrRecord;

/** One scored session as a value (see {@link ScoredSession} for the fields). */
public record SessionEvent(long startMs, long durationMs, Service service, double mos,
    PoorReason poorReason, double rsrpDbm, double sinrDb, double dlBytes, double dlKbps,
    double stallMs, int cell, long grid) implements ScoredSession {

  /** A session record with its QoE score, served by dense cell {@code cell} in H3 cell {@code grid}. */
  public static SessionEvent of(XdrRecord x, SessionScore score, int cell, long grid) {
    return copyOf(new SessionView(x, score).at(cell, grid));
  }

  /** A value of a session read through a view (or any other scored session). */
  public static SessionEvent copyOf(ScoredSession s) {
    return new SessionEvent(s.startMs(), s.durationMs(), s.service(), s.mos(), s.poorReason(), s.rsrpDbm(),
        s.sinrDb(), s.dlBytes(), s.dlKbps(), s.stallMs(), s.cell(), s.grid());
  }
}
