package org.netnps.sim.session;

import java.util.SplittableRandom;
import org.netnps.core.domain.Rat;
import org.netnps.sim.Distributions;
import org.netnps.sim.radio.Link;

/**
 * The network conditions one session meets, and the per-session figures every service model
 * shares (research/simulator.md 2.3, 3.3, 9.1 step 5):
 * <ul>
 *   <li>user throughput from processor sharing, C_u (1 - rho) (Salo & Zacarias 2017) up to
 *       rho = 0.9, then 0.09 C_u / rho as the cell saturates, with lognormal(0.3) fading/TCP noise and the backhaul
 *       cap of a congested transport link;
 *   <li>RTT lognormal (median 40 ms LTE, 25 ms NR, sigma 0.3) plus radio queueing with load, HARQ
 *       retransmissions at low SINR, and transport delay;
 *   <li>access failure and per-minute drop probabilities logistic in SINR and RSRP (p_drop about
 *       0.02/min at -3 dB, below 1e-4 above 5 dB), raised by uplink interference, overload and
 *       device defects.
 * </ul>
 */
public final class Conditions {
  public final Link link = new Link();
  public Rat rat;
  public double utilisation;
  public double offeredLoad;
  public double noiseRiseDb;
  public double transportDelayMs;
  public double deviceFactor = 1;
  public double handoverFailure;
  public boolean mobile;

  public double userKbps;
  public double rttMs;
  public double retransPct;
  public double accessFailure;
  public double dropPerMinute;

  /** Derives the shared per-session figures from the conditions. */
  public void derive(SplittableRandom rng) {
    double sinr = link.sinrDb;
    double share = offeredLoad < 0.9 ? 1 - offeredLoad : 0.09 / offeredLoad;
    userKbps = link.fullCellKbps * share * Distributions.lognormal(rng, 1, 0.3);
    if (transportDelayMs > 0) {
      userKbps = Math.min(userKbps, 2500 * Distributions.lognormal(rng, 1, 0.3));
    }
    userKbps = Math.max(userKbps, 16);
    double base = Distributions.lognormal(rng, rat == Rat.NR ? 25 : 40, 0.3);
    double queue = Math.min(80, 10 * Math.min(offeredLoad, 0.95) / (1 - Math.min(offeredLoad, 0.95)));
    rttMs = base + queue + 40 * Distributions.logistic((0 - sinr) / 2) + transportDelayMs;
    retransPct = Math.min(60, 0.3 + 4 * Distributions.logistic((-2 - sinr) / 2) + transportLossPct()
        + 2 * Distributions.clip(offeredLoad - 0.9, 0, 5));
    accessFailure = Math.min(0.9, deviceFactor * (0.002
        + 0.3 * Distributions.logistic((-8 - sinr) / 1.2)
        + 0.2 * Distributions.logistic((-125 - link.rsrpDbm) / 1.5)
        + 0.004 * noiseRiseDb
        + 0.02 * Math.max(0, offeredLoad - 1.2)));
    dropPerMinute = Math.min(0.5, deviceFactor * (1e-4
        + 0.04 * Distributions.logistic((-3 - sinr) / 1.5)
        + 0.0005 * noiseRiseDb));
  }

  /** Packet loss added by a congested backhaul: 1% per 100 ms of added delay. */
  public double transportLossPct() {
    return transportDelayMs / 100;
  }

  /** Handovers of a mobile session of this length: about one a minute while travelling. */
  public int handovers(SplittableRandom rng, double minutes) {
    return mobile ? Distributions.poisson(rng, minutes) : 0;
  }

  /** Probability that one handover fails (and the call or bearer drops with 60% chance). */
  public double handoverFailureProbability() {
    return Math.min(0.9, 0.005 * deviceFactor + handoverFailure);
  }
}
