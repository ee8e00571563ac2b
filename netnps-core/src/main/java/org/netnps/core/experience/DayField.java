package org.netnps.core.experience;

import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;

/** Offsets of the per-day counters an {@link ExperienceAccumulator} keeps. */
public final class DayField {
  public static final int SERVICES = Service.values().length;
  // Fields an ordinary session writes come first (the first 34 of the row's floats, 136 bytes: at
  // most three cache lines); the fields of poor sessions, stalls and complaints follow.
  public static final int SESSIONS = 0;
  public static final int MOS_SUM = SESSIONS + SERVICES;
  public static final int MOS_N = MOS_SUM + SERVICES;
  /** Sum of session QoE deficits (0 at MOS 4 and above, 1 at MOS 1 or a failure/drop). */
  public static final int DEFICIT = MOS_N + SERVICES;
  public static final int DL_MB = DEFICIT + 1;
  public static final int ACTIVE_S = DL_MB + 1;
  /** Seconds of sessions that reported RSRP, and of those, seconds at weak RSRP. */
  public static final int RADIO_S = ACTIVE_S + 1;
  public static final int WEAK_RSRP_S = RADIO_S + 1;
  public static final int SINR_S = WEAK_RSRP_S + 1;
  public static final int LOW_SINR_S = SINR_S + 1;
  /** Session MOS histogram: below 2, 2-2.5, 2.5-3, 3-3.5, 3.5-4, 4 and above. */
  public static final int MOS_HIST = LOW_SINR_S + 1;
  public static final double[] MOS_EDGES = {2, 2.5, 3, 3.5, 4};
  /** Downlink throughput histogram (kbit/s): below 500, -2000, -5000, -20000, -50000, above. */
  public static final int THP_HIST = MOS_HIST + MOS_EDGES.length + 1;
  public static final double[] THP_EDGES = {500, 2000, 5000, 20000, 50000};
  /** Sessions with a deficit of at least {@link #SEVERE_DEFICIT}. */
  public static final int SEVERE = THP_HIST + THP_EDGES.length + 1;
  public static final int POOR = SEVERE + 1;
  /** Poor events by reason, in {@link PoorReason} order. */
  public static final int REASON = POOR + SERVICES;
  public static final int STALL_S = REASON + PoorReason.values().length;
  public static final int COMPLAINTS_NETWORK = STALL_S + 1;
  public static final int COMPLAINTS_OTHER = COMPLAINTS_NETWORK + 1;
  public static final int FIELDS = COMPLAINTS_OTHER + 1;
  public static final double SEVERE_DEFICIT = 0.5;

  private DayField() {}

  /**
   * Adds a session to the day counters at {@code d[o .. o + FIELDS)}; radio exposure counts
   * seconds below the given RSRP and SINR.
   */
  public static void add(float[] d, int o, ScoredSession e, RadioExposure radio) {
    int s = e.service().ordinal();
    d[o + SESSIONS + s]++;
    if (!Double.isNaN(e.mos())) {
      d[o + MOS_SUM + s] += (float) e.mos();
      d[o + MOS_N + s]++;
      d[o + MOS_HIST + bin(MOS_EDGES, e.mos())]++;
    }
    double deficit = deficit(e.mos(), e.poorReason());
    d[o + DEFICIT] += (float) deficit;
    if (deficit >= SEVERE_DEFICIT) {
      d[o + SEVERE]++;
    }
    if (e.poor()) {
      d[o + POOR + s]++;
      d[o + REASON + e.poorReason().ordinal()]++;
    }
    if (!Double.isNaN(e.stallMs())) {
      d[o + STALL_S] += (float) (e.stallMs() / 1000);
    }
    if (!Double.isNaN(e.dlBytes())) {
      d[o + DL_MB] += (float) (e.dlBytes() / 1e6);
    }
    float seconds = e.durationMs() / 1000f;
    d[o + ACTIVE_S] += seconds;
    if (!Double.isNaN(e.rsrpDbm())) {
      d[o + RADIO_S] += seconds;
      if (e.rsrpDbm() < radio.weakRsrpDbm()) {
        d[o + WEAK_RSRP_S] += seconds;
      }
    }
    if (!Double.isNaN(e.sinrDb())) {
      d[o + SINR_S] += seconds;
      if (e.sinrDb() < radio.lowSinrDb()) {
        d[o + LOW_SINR_S] += seconds;
      }
    }
    if (!Double.isNaN(e.dlKbps())) {
      d[o + THP_HIST + bin(THP_EDGES, e.dlKbps())]++;
    }
  }

  /**
   * How far a session fell short: (4 - MOS) / 3 clipped to [0, 1]; a failed or dropped call and a
   * failed page count as 1. NaN MOS without a poor reason is no deficit.
   */
  public static double deficit(double mos, PoorReason reason) {
    if (reason == PoorReason.CALL_FAILED || reason == PoorReason.CALL_DROPPED || reason == PoorReason.WEB_FAILURE) {
      return 1;
    }
    if (Double.isNaN(mos)) {
      return 0;
    }
    return Math.max(0, Math.min(1, (4 - mos) / 3));
  }

  /** A per-service field (SESSIONS, POOR, ...) summed over the services, of the day at {@code d[o ..]}. */
  public static float allServices(float[] d, int o, int field) {
    float n = 0;
    for (int s = 0; s < SERVICES; s++) {
      n += d[o + field + s];
    }
    return n;
  }

  static int bin(double[] edges, double v) {
    int i = 0;
    while (i < edges.length && v >= edges[i]) {
      i++;
    }
    return i;
  }

  /** The value below which a share q of a histogram's mass lies (bin lower edge, first bin 0). */
  static double quantile(float[] totals, int offset, double[] edges, double q, double top) {
    double n = 0;
    for (int i = 0; i <= edges.length; i++) {
      n += totals[offset + i];
    }
    if (n == 0) {
      return Double.NaN;
    }
    double seen = 0;
    for (int i = 0; i <= edges.length; i++) {
      seen += totals[offset + i];
      if (seen >= q * n) {
        double lo = i == 0 ? 0 : edges[i - 1];
        double hi = i == edges.length ? top : edges[i];
        return (lo + hi) / 2;
      }
    }
    return top;
  }
}
