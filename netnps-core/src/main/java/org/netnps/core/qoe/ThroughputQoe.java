package org.netnps.core.qoe;

/**
 * Quality of bulk and other data sessions from the mean downlink throughput while transferring:
 * logarithmic between 250 kbit/s (MOS 1) and 50 Mbit/s (MOS 4.5), our planning choice
 * (docs/qoe.md).
 */
public final class ThroughputQoe {
  private static final double LOW_KBPS = 250;
  private static final double HIGH_KBPS = 50_000;

  private ThroughputQoe() {}

  public static double mos(double dlKbps) {
    double x = Math.log(Math.max(dlKbps, 1) / LOW_KBPS) / Math.log(HIGH_KBPS / LOW_KBPS);
    return 1 + 3.5 * Math.max(0, Math.min(1, x));
  }
}
