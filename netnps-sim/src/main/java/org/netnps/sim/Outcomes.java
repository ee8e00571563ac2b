package org.netnps.sim;

/**
 * What a run did to every subscriber: totals over the measurement window (from a day on) and the
 * state at the end. Filled by the engine; compared by the what-if engine.
 */
public final class Outcomes {
  public final int fromDay;
  public final long[] sessions;
  public final long[] dlBytes;
  public final int[] networkComplaints;
  public final double[] revenue;
  public final double[] latent;
  public final double[] pDetractor;
  public final double[] pPromoter;
  public final int[] noService;
  /** Downlink bytes of the current day (reset at its end). */
  public final long[] dayBytes;
  /** Survival of the subscriber (expected share still with the operator). */
  final double[] survival;

  Outcomes(int subscribers, int fromDay) {
    this.fromDay = fromDay;
    sessions = new long[subscribers];
    dlBytes = new long[subscribers];
    networkComplaints = new int[subscribers];
    revenue = new double[subscribers];
    latent = new double[subscribers];
    pDetractor = new double[subscribers];
    pPromoter = new double[subscribers];
    noService = new int[subscribers];
    survival = new double[subscribers];
    dayBytes = new long[subscribers];
    java.util.Arrays.fill(survival, 1);
  }

  public int size() {
    return sessions.length;
  }

  /** Subscribers with at least one session: those a probe sees and the network NPS covers. */
  public int subscribersSeen() {
    int n = 0;
    for (long count : sessions) {
      n += count > 0 ? 1 : 0;
    }
    return n;
  }

  /** Mean of a per-subscriber figure over the subscribers seen; NaN when none was. */
  public double meanOverSeen(double[] values) {
    double sum = 0;
    int n = 0;
    for (int s = 0; s < size(); s++) {
      if (sessions[s] > 0) {
        sum += values[s];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Expected network NPS over subscribers seen: 100 (mean P(promoter) - mean P(detractor)). */
  public double networkNps() {
    return 100 * (meanOverSeen(pPromoter) - meanOverSeen(pDetractor));
  }
}
