package org.netnps.core.experience;

import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;

/**
 * One scored session as the experience profile sees it: when, what, how good, where, and the
 * radio conditions; NaN for what the record did not carry. {@code cell} is a dense cell code,
 * {@code grid} an H3 index (0 when unknown).
 */
public record SessionEvent(long startMs, long durationMs, Service service, double mos,
    PoorReason poorReason, double rsrpDbm, double sinrDb, double dlBytes, double dlKbps,
    double stallMs, int cell, long grid) {

  public boolean poor() {
    return poorReason != null;
  }
}
