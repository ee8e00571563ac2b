package org.netnps.core.diagnosis;

import java.util.Arrays;

/**
 * How long problems of one kind last, from the windows diagnosed in the data: the Kaplan-Meier
 * estimate of the duration's survival function S(t) = P(D > t), a problem still going on at the
 * end of the data counted as censored at its age. It answers how much longer a problem still
 * going on can be expected to last within a horizon, so that fixing a problem which ends by
 * itself tomorrow is valued at a day, not at the horizon. Beyond the longest duration observed,
 * S keeps its last value: when that is a problem still going on, the estimate says it persists.
 */
public final class ProblemDurations {
  private final double[] times;      // distinct durations at which problems ended, ascending
  private final double[] survival;   // S just after each of them

  private ProblemDurations(double[] times, double[] survival) {
    this.times = times;
    this.survival = survival;
  }

  /**
   * @param durations each problem's duration so far (any unit, at least 0)
   * @param ended whether the problem ended (false: still going on at the end of the data, censored)
   */
  public static ProblemDurations of(double[] durations, boolean[] ended) {
    if (durations.length != ended.length) {
      throw new IllegalArgumentException("durations and ended differ in length: " + durations.length + " vs "
          + ended.length);
    }
    Integer[] order = new Integer[durations.length];
    for (int i = 0; i < order.length; i++) {
      if (!(durations[i] >= 0) || Double.isInfinite(durations[i])) {
        throw new IllegalArgumentException("duration " + i + " must be a finite number at least 0, but was "
            + durations[i]);
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(durations[a], durations[b]));
    double[] times = new double[durations.length];
    double[] survival = new double[durations.length];
    int distinct = 0;
    double s = 1;
    int atRisk = durations.length;
    for (int k = 0; k < order.length; ) {
      double t = durations[order[k]];
      int events = 0;
      int leaving = 0;
      for (; k < order.length && durations[order[k]] == t; k++) {
        events += ended[order[k]] ? 1 : 0;
        leaving++;
      }
      if (events > 0) {   // problems censored at t were still at risk at t
        s *= 1 - (double) events / atRisk;
        times[distinct] = t;
        survival[distinct++] = s;
      }
      atRisk -= leaving;
    }
    return new ProblemDurations(Arrays.copyOf(times, distinct), Arrays.copyOf(survival, distinct));
  }

  /** S(t): the estimated probability that a problem lasts longer than t. */
  public double survival(double t) {
    double s = 1;
    for (int i = 0; i < times.length && times[i] <= t; i++) {
      s = survival[i];
    }
    return s;
  }

  /**
   * E[min(D - age, horizon) | D > age]: how long a problem of this age is expected to go on within
   * the horizon, the integral of S(t) / S(age) from age to age + horizon. The horizon itself when
   * nothing observed ended after that age.
   */
  public double expectedRemaining(double age, double horizon) {
    double atAge = survival(age);
    if (!(atAge > 0)) {
      return horizon;
    }
    double end = age + horizon;
    double total = 0;
    double from = age;
    double s = atAge;
    for (int i = 0; i < times.length && from < end; i++) {
      if (times[i] <= age) {
        continue;
      }
      double to = Math.min(times[i], end);
      total += s * (to - from);
      from = to;
      s = survival[i];
    }
    total += s * Math.max(0, end - from);
    return total / atAge;
  }
}
