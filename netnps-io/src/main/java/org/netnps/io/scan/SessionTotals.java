package org.netnps.io.scan;

import org.netnps.core.domain.Service;

/**
 * The counts of a pass over session records that add up across shards: sessions, poor ones, the
 * records left out after the cut-off, the period the sessions span, and the MOS sums of ordinary
 * (not poor) sessions per service, from which the reference MOS of an ordinary session comes.
 */
final class SessionTotals {
  private final double[] goodMosSum = new double[Service.values().length];
  private final long[] goodMosCount = new long[Service.values().length];
  long periodStart = Long.MAX_VALUE;
  long periodEnd = Long.MIN_VALUE;
  long sessions;
  long poorSessions;
  long afterUntil;

  /** A session read into the pass: its span, whether poor, its MOS when an ordinary one has one. */
  void session(long startMs, long durationMs, boolean poor, Service service, double mos) {
    sessions++;
    if (poor) {
      poorSessions++;
    } else if (!Double.isNaN(mos)) {
      goodMosSum[service.ordinal()] += mos;
      goodMosCount[service.ordinal()]++;
    }
    periodStart = Math.min(periodStart, startMs);
    periodEnd = Math.max(periodEnd, startMs + durationMs);
  }

  void add(SessionTotals other) {
    for (int s = 0; s < goodMosSum.length; s++) {
      goodMosSum[s] += other.goodMosSum[s];
      goodMosCount[s] += other.goodMosCount[s];
    }
    periodStart = Math.min(periodStart, other.periodStart);
    periodEnd = Math.max(periodEnd, other.periodEnd);
    sessions += other.sessions;
    poorSessions += other.poorSessions;
    afterUntil += other.afterUntil;
  }

  /** Mean MOS of ordinary sessions per service (4 where a service had none). */
  float[] referenceMos() {
    float[] reference = new float[goodMosSum.length];
    for (int s = 0; s < reference.length; s++) {
      reference[s] = goodMosCount[s] == 0 ? 4f : (float) (goodMosSum[s] / goodMosCount[s]);
    }
    return reference;
  }
}
