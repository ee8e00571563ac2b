package org.netnps.core.experience;

import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;
import org.netnps.core.qoe.SessionScore;
import org.netnps.core.record.XdrRecord;

/**
 * One scored session as the experience profile sees it: when, what, how good, where, and the
 * radio conditions; NaN for what the record did not carry. {@code cell} is a dense cell code,
 * {@code grid} an H3 index (0 when unknown).
 */
public record SessionEvent(long startMs, long durationMs, Service service, double mos,
    PoorReason poorReason, double rsrpDbm, double sinrDb, double dlBytes, double dlKbps,
    double stallMs, int cell, long grid) {

  /** A session record with its QoE score, served by dense cell {@code cell} in H3 cell {@code grid}. */
  public static SessionEvent of(XdrRecord x, SessionScore score, int cell, long grid) {
    return new SessionEvent(x.startTime, x.durationMs, x.service, score.mos, score.reason, x.rsrpDbm, x.sinrDb,
        x.dlBytes == XdrRecord.MISSING ? Double.NaN : x.dlBytes, x.dlKbps, x.stallMs, cell, grid);
  }

  public boolean poor() {
    return poorReason != null;
  }
}
