package org.netnps.core.diagnosis;

import java.util.Arrays;

/**
 * How long problems of one kind last, from the windows diagnosed in the data: the Kaplan-Meier
 * estimate of the duration's survival function S(t) = P(D > t), a problem still going on at the
 * end of the data counted as censored at its age. It answers how much longer a problem still
 * going on can be expected to last within a horizon, so that fixing a problem which ends by
 * itself tomorrow is valued at a day, not at the horizon. Beyond the longest duration observed,
 * t_max, the curve is completed with Brown, Hollander and Korwar's exponential tail (1974),
 * S(t) = S(t_max)^(t / t_max): a problem older than every one that ended is not taken to last
 * for ever unless nothing of its kind ended at all (S(t_max) = 1).
 */
public final class ProblemDurations {
  private final double[] times;      // distinct durations at which problems ended, ascending
  private final double[] survival;   // S just after each of them
  private final double longest;      // t_max, the longest duration observed, ended or not
  private final double atLongest;    // S(t_max)
  private final double tailRate;     // ln S(t_max) / t_max: the tail is exp(tailRate t); 0 without a tail to fall

  private ProblemDurations(double[] times, double[] survival, double longest) {
    this.times = times;
    this.survival = survival;
    this.longest = longest;
    this.atLongest = survival.length == 0 ? 1 : survival[survival.length - 1];
    this.tailRate = longest > 0 && atLongest > 0 ? Math.log(atLongest) / longest : 0;
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
    double longest = order.length == 0 ? 0 : durations[order[order.length - 1]];
    return new ProblemDurations(Arrays.copyOf(times, distinct), Arrays.copyOf(survival, distinct), longest);
  }

  /**
   * From problems' windows in data that end at {@code dataEnd}: a window that ended more than
   * {@code ongoingWindow} before the data did is a problem that ended; the others are still going
   * on, censored at their age {@code dataEnd - start} (any time unit, the same for all).
   */
  public static ProblemDurations ofWindows(double[] starts, double[] ends, double dataEnd, double ongoingWindow) {
    double[] d = new double[starts.length];
    boolean[] ended = new boolean[starts.length];
    for (int i = 0; i < d.length; i++) {
      ended[i] = ends[i] < dataEnd - ongoingWindow;
      d[i] = Math.max(0, (ended[i] ? ends[i] : dataEnd) - starts[i]);
    }
    return of(d, ended);
  }

  /** S(t): the estimated probability that a problem lasts longer than t. */
  public double survival(double t) {
    if (t > longest) {
      return tail(t);
    }
    double s = 1;
    for (int i = 0; i < times.length && times[i] <= t; i++) {
      s = survival[i];
    }
    return s;
  }

  /** S beyond t_max: S(t_max)^(t / t_max), 0 when the longest problem observed ended. */
  private double tail(double t) {
    if (atLongest <= 0) {
      return 0;
    }
    return tailRate == 0 ? atLongest : Math.exp(tailRate * t);
  }

  /**
   * E[min(D - age, horizon) | D > age]: how long a problem of this age is expected to go on within
   * the horizon, the integral of S(t) / S(age) from age to age + horizon; 0 when nothing of its
   * kind lasted that long.
   */
  public double expectedRemaining(double age, double horizon) {
    double atAge = survival(age);
    if (!(atAge > 0)) {
      return 0;
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
    double knee = Math.min(end, Math.max(from, longest));   // the Kaplan-Meier curve is flat up to t_max
    total += s * (knee - from);
    if (end > knee && s > 0) {
      total += tailRate == 0 ? s * (end - knee)
          : (Math.exp(tailRate * end) - Math.exp(tailRate * knee)) / tailRate;
    }
    return total / atAge;
  }
}
