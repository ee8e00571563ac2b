package org.netnps.core.experience;

import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;
import org.netnps.core.qoe.SessionScore;
import org.netnps.core.record.XdrRecord;

/**
 * A scored session read through the record and the score it came from, both reused from row to
 * row: what it answers changes when they do. One view per reading thread lets a pass over
 * millions of sessions add each to the profiles and the twin without allocating an event per
 * session; keep a {@link SessionEvent} ({@link SessionEvent#copyOf}) for anything that outlives
 * the row.
 */
public final class SessionView implements ScoredSession {
  private final XdrRecord x;
  private final SessionScore score;
  private int cell;
  private long grid;

  public SessionView(XdrRecord x, SessionScore score) {
    this.x = x;
    this.score = score;
  }

  /** The record's current session, served by dense cell {@code cell} in H3 cell {@code grid} (0: unknown). */
  public SessionView at(int cell, long grid) {
    this.cell = cell;
    this.grid = grid;
    return this;
  }

  @Override
  public long startMs() {
    return x.startTime;
  }

  @Override
  public long durationMs() {
    return x.durationMs;
  }

  @Override
  public Service service() {
    return x.service;
  }

  @Override
  public double mos() {
    return score.mos;
  }

  @Override
  public PoorReason poorReason() {
    return score.reason;
  }

  @Override
  public double rsrpDbm() {
    return x.rsrpDbm;
  }

  @Override
  public double sinrDb() {
    return x.sinrDb;
  }

  @Override
  public double dlBytes() {
    return x.dlBytes == XdrRecord.MISSING ? Double.NaN : x.dlBytes;
  }

  @Override
  public double dlKbps() {
    return x.dlKbps;
  }

  @Override
  public double stallMs() {
    return x.stallMs;
  }

  @Override
  public int cell() {
    return cell;
  }

  @Override
  public long grid() {
    return grid;
  }
}
