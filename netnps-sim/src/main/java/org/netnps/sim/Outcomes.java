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

  /** Expected network NPS over subscribers with at least one session: 100 (mean P(pro) - mean P(det)). */
  public double networkNps() {
    double sum = 0;
    int n = 0;
    for (int s = 0; s < size(); s++) {
      if (sessions[s] > 0) {
        sum += pPromoter[s] - pDetractor[s];
        n++;
      }
    }
    return n == 0 ? Double.NaN : 100 * sum / n;
  }
}
