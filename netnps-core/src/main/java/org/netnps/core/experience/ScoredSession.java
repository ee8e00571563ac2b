package org.netnps.core.experience;

import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;

/**
 * What the experience profile and the twin read of a scored session: when, what, how good,
 * where, and the radio conditions; NaN for what the record did not carry. {@code cell} is a dense
 * cell code, {@code grid} an H3 index (0 when unknown). {@link SessionEvent} is the value;
 * {@link SessionView} reads the record being scored, for loops over millions of sessions.
 */
public interface ScoredSession {
  long startMs();

  long durationMs();

  Service service();

  double mos();

  /** Why the session was poor, null when it was not. */
  PoorReason poorReason();

  double rsrpDbm();

  double sinrDb();

  double dlBytes();

  double dlKbps();

  double stallMs();

  int cell();

  long grid();

  default boolean poor() {
    return poorReason() != null;
  }
}
