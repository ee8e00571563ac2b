package org.netnps.core.qoe;

/**
 * Session quality of an adaptive video stream: P.1203.1 mode-0 coding quality (O22) at the
 * session's mean bit rate and resolution, degraded by stalls (FTW model) and by the start delay,
 * which counts as a stall of one third weight beyond the first second (P.1203.3 also weights
 * initial loading less than a stall in playback).
 */
public final class VideoQoe {
  /** Start delay viewers take for granted (ms). */
  public static final double EXPECTED_START_MS = 1000;
  public static final double INITIAL_LOADING_WEIGHT = 1.0 / 3;

  private VideoQoe() {}

  /** What stalls and start delay leave of the coding quality, and which hurt more. */
  public record Degradation(double stall, double start) {
    public double retained() {
      return stall * start;
    }
  }

  public static Degradation degradation(long stalls, double stallMs, double startDelayMs) {
    double stall = 1;
    if (stalls > 0) {
      double meanS = Double.isNaN(stallMs) ? 0 : stallMs / 1000.0 / stalls;
      stall = StallingModel.retained(meanS, stalls);
    }
    double start = 1;
    if (!Double.isNaN(startDelayMs) && startDelayMs > EXPECTED_START_MS) {
      start = StallingModel.retained((startDelayMs - EXPECTED_START_MS) / 1000.0, INITIAL_LOADING_WEIGHT);
    }
    return new Degradation(stall, start);
  }

  /** Session MOS (1..5): 1 + (O22 - 1) x retained share. */
  public static double sessionMos(double o22, Degradation d) {
    return 1 + (o22 - 1) * d.retained();
  }

  /** Coding pixels of a 16:9 picture of the given height. */
  public static double pixels16x9(double heightPx) {
    return heightPx * Math.round(heightPx * 16.0 / 9.0);
  }
}
