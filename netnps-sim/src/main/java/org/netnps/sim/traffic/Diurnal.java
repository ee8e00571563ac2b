package org.netnps.sim.traffic;

import java.util.SplittableRandom;
import org.netnps.sim.Distributions;

/**
 * The daily traffic profile: relative session intensity per local hour, busy hour 21:00 = 1.0,
 * trough 04:00 = 0.16 (research/simulator.md 4, default hourly weights). Weekends shift one hour
 * later with a flatter morning.
 */
public final class Diurnal {
  public static final double[] WEEKDAY = {
    0.55, 0.38, 0.26, 0.19, 0.16, 0.18, 0.28, 0.45, 0.58, 0.63, 0.66, 0.70,
    0.74, 0.72, 0.71, 0.73, 0.76, 0.80, 0.86, 0.92, 0.98, 1.00, 0.93, 0.75
  };
  public static final double[] WEEKEND = weekend();
  private static final double[] WEEKDAY_CUMULATIVE = Distributions.cumulative(WEEKDAY);
  private static final double[] WEEKEND_CUMULATIVE = Distributions.cumulative(WEEKEND);

  private Diurnal() {}

  /** A local time of day in seconds, drawn from the profile. */
  public static double secondOfDay(SplittableRandom rng, boolean weekend) {
    int hour = Distributions.pick(rng, weekend ? WEEKEND_CUMULATIVE : WEEKDAY_CUMULATIVE);
    return hour * 3600 + rng.nextDouble() * 3600;
  }

  private static double[] weekend() {
    double[] w = new double[24];
    for (int h = 0; h < 24; h++) {
      w[h] = WEEKDAY[(h + 23) % 24];
      if (h >= 6 && h <= 11) {
        w[h] = (w[h] + WEEKDAY[h]) / 2 * 0.9;
      }
    }
    return w;
  }
}
