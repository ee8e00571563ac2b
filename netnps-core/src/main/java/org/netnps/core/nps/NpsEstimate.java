package org.netnps.core.nps;

/** An NPS figure (points, -100..100) with its 95 % interval and the counts behind it. */
public record NpsEstimate(double nps, double lo, double hi, int subscribers, int answers) {
  public static final double Z95 = 1.959963984540054;

  public NpsEstimate {
    if (lo > hi) {
      throw new IllegalArgumentException("interval [" + lo + ", " + hi + "] is reversed");
    }
  }

  public boolean covers(double value) {
    return value >= lo && value <= hi;
  }
}
