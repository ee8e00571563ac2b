package org.netnps.core.qoe;

/**
 * The exponential stalling model of Hossfeld et al. (FTW, "Quantification of YouTube QoE via
 * crowdsourcing", 2011): MOS = 3.5 exp(-(0.15 L + 0.19) N) + 1.5, with N stalls of mean length L
 * seconds. Used as a multiplicative degradation of the P.1203 coding quality (docs/qoe.md).
 */
public final class StallingModel {
  private static final double NO_STALL = mos(0, 0);

  private StallingModel() {}

  public static double mos(double meanStallS, double stalls) {
    return 3.5 * Math.exp(-(0.15 * meanStallS + 0.19) * stalls) + 1.5;
  }

  /** The share of the MOS range above 1 that the stalls leave, in (0, 1]. */
  public static double retained(double meanStallS, double stalls) {
    if (stalls <= 0) {
      return 1;
    }
    return (mos(meanStallS, stalls) - 1) / (NO_STALL - 1);
  }
}
