package org.netnps.core.qoe;

/**
 * Mobile gaming quality from the network's round-trip time, jitter and loss: an additive
 * impairment model (our choice; no ITU-T model covers native mobile games, G.1072 is for cloud
 * gaming and carries declared patents). 4.5 at RTT <= 50 ms, no jitter, no loss; RTT of 200 ms,
 * jitter of 50 ms and 5 % loss each cost 1.5, 1.0 and 1.5 points.
 */
public final class GamingQoe {
  private GamingQoe() {}

  public static double mos(double rttMs, double jitterMs, double lossPct) {
    double rtt = Double.isNaN(rttMs) ? 0 : clamp((rttMs - 50) / 150);
    double jitter = Double.isNaN(jitterMs) ? 0 : clamp(jitterMs / 50);
    double loss = Double.isNaN(lossPct) ? 0 : clamp(lossPct / 5);
    return Math.max(1, 4.5 - 1.5 * rtt - 1.0 * jitter - 1.5 * loss);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
