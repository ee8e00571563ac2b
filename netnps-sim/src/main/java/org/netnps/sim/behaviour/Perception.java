package org.netnps.sim.behaviour;

import org.netnps.core.domain.Codec;
import org.netnps.sim.Distributions;

/**
 * How a simulated subscriber perceives a session: a deficit from 0 (fine) to 1 (as bad as it
 * gets). This is the simulator's ground truth of perception, deliberately simpler than the
 * product's QoE scoring (netnps-core qoe) so the analytics are not graded by their own formulas:
 * voice by the simplified E-model (G.107: R = 93.2 - Id - Ie,eff, Ie,eff = Ie + (95 - Ie) Ppl /
 * (Ppl + Bpl)); video by the FTW stalling model (MOS = 3.5 exp(-(0.15 L + 0.19) N) + 1.5) plus
 * start delay beyond 2 s and low resolution; web by the logarithm of page load time (G.1030
 * line, 3 s fine, 15 s worst); gaming by RTT, jitter and loss; bulk transfers by throughput.
 */
public final class Perception {
  /** A deficit at or above this is a severe event (weighs 3x; research/simulator.md 9.1). */
  public static final double SEVERE = 0.6;
  /** A deficit at or above this is noticed at all: a poor session. */
  public static final double POOR = 0.3;

  private Perception() {}

  public static double voice(boolean failed, boolean dropped, Codec codec, double lossPct,
      double delayMs, double setupMs) {
    if (failed) {
      return 1;
    }
    if (dropped) {
      return 0.9;
    }
    double mos = emodelMos(codec, lossPct, delayMs);
    return Distributions.clip((4.0 - mos) / 1.5, 0, 1) + (setupMs > 5000 ? 0.2 : 0);
  }

  public static double emodelMos(Codec codec, double lossPct, double delayMs) {
    double ie = codec == Codec.AMR_NB ? 5 : 0;
    double bpl = codec == Codec.EVS ? 20 : codec == Codec.AMR_WB ? 13 : 10;
    double id = 0.024 * delayMs + (delayMs > 177.3 ? 0.11 * (delayMs - 177.3) : 0);
    double ieEff = ie + (95 - ie) * lossPct / (lossPct + bpl);
    return mosOfRating(93.2 - id - ieEff);
  }

  /** G.107 rating R to MOS: 1 + 0.035 R + 7e-6 R (R - 60) (100 - R), clipped to [1, 4.5]. */
  public static double mosOfRating(double r) {
    if (r <= 0) {
      return 1;
    }
    return Distributions.clip(1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r), 1, 4.5);
  }

  public static double video(boolean abandonedAtStart, int stalls, double stallMs,
      double startDelayMs, long heightPx) {
    if (abandonedAtStart) {
      return 0.6 + Distributions.clip((startDelayMs / 1000 - 5) * 0.05, 0, 0.4);
    }
    double meanStallS = stalls == 0 ? 0 : stallMs / 1000 / stalls;
    double mos = 3.5 * Math.exp(-(0.15 * meanStallS + 0.19) * stalls) + 1.5;
    double d = (5 - mos) / 3.5 + 0.08 * Math.max(0, startDelayMs / 1000 - 2) + (heightPx < 480 ? 0.15 : 0);
    return Distributions.clip(d, 0, 1);
  }

  public static double web(boolean failed, double pageLoadMs) {
    if (failed) {
      return 0.7;
    }
    return Distributions.clip(Math.log(pageLoadMs / 3000) / Math.log(5), 0, 1);
  }

  public static double gaming(double rttMs, double jitterMs, double lossPct) {
    double d = 0.7 * Distributions.clip((rttMs - 60) / 140, 0, 1)
        + 0.3 * Distributions.clip((jitterMs - 20) / 60, 0, 1) + (lossPct > 2 ? 0.3 : 0);
    return Distributions.clip(d, 0, 1);
  }

  public static double bulk(boolean failed, double kbps) {
    if (failed) {
      return 0.5;
    }
    return 0.5 * Distributions.clip(Math.log(1500 / kbps) / Math.log(15), 0, 1);
  }
}
