package org.netnps.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.CellHours.Field;

/**
 * Time-bounded problems of one cell, each against an absolute threshold and the cell's own
 * baseline (the median of its hours): unavailability (fault), PRB saturation (congestion), uplink
 * interference rise (interference), handover failures (mobility) and transport round-trip time
 * rise of the cell's sessions while its load is ordinary (transport). Thresholds are the
 * operator rules of research/simulator.md 3.1-3.3 and docs/diagnosis.md.
 */
public final class CellDetectors {
  static final double UNAVAILABLE_S = 300;
  static final double PRB_SATURATED = 0.9;
  static final double PRB_ABOVE_BASELINE = 0.3;
  static final double INTERFERENCE_RISE_DB = 6;
  static final int HO_BLOCK_HOURS = 6;
  static final double HO_SHIFT = 0.1;
  static final double HO_CUSUM_LIMIT = 3.5;
  static final double HO_MIN_FAILURE_RATE = 0.01;
  static final int RECURRING_RUNS = 3;
  static final double RTT_RISE_MS = 60;
  static final double RTT_MIN_SESSIONS = 5;
  static final double PRB_ORDINARY = 0.7;

  private final CellHours t;

  public CellDetectors(CellHours twin) {
    this.t = twin;
  }

  public List<Candidate> detect() {
    List<Candidate> out = new ArrayList<>();
    for (int c = 0; c < t.cells(); c++) {
      fault(c, out);
      congestion(c, out);
      interference(c, out);
      mobility(c, out);
      transport(c, out);
    }
    return out;
  }

  private void fault(int c, List<Candidate> out) {
    boolean[] flag = new boolean[t.hours()];
    for (int h = 0; h < t.hours(); h++) {
      flag[h] = t.get(c, h, Field.UNAVAILABLE_S) >= UNAVAILABLE_S;
    }
    for (int[] r : HourRuns.of(flag, 1, 1)) {
      double seconds = 0;
      for (int h = r[0]; h < r[1]; h++) {
        seconds += t.get(c, h, Field.UNAVAILABLE_S);
      }
      out.add(new Candidate(ProblemCause.FAULT, List.of(c), null, r[0], r[1], String.format(Locale.ROOT,
          "RRU.CellUnavailableTime %.0f s over %d h (threshold %.0f s an hour)", seconds, r[1] - r[0], UNAVAILABLE_S),
          0.95));
    }
  }

  private void congestion(int c, List<Candidate> out) {
    double base = baseline(c, h -> t.prbUtilisation(c, h));
    List<Candidate> runs = new ArrayList<>();
    rising(c, runs, ProblemCause.CONGESTION, h -> t.prbUtilisation(c, h),
        v -> v >= PRB_SATURATED && v >= base + PRB_ABOVE_BASELINE, 1, 1,
        (peak, hours) -> String.format(Locale.ROOT, "DL PRB utilisation up to %.0f%% for %d h (cell baseline %.0f%%, "
            + "threshold %.0f%%)", 100 * peak, hours, 100 * base, 100 * PRB_SATURATED), 0.85);
    if (runs.size() < RECURRING_RUNS) {
      out.addAll(runs);
      return;
    }
    // the same cell saturating again and again is one capacity problem, not many events
    int hours = runs.stream().mapToInt(r -> r.endHour() - r.startHour()).sum();
    out.add(new Candidate(ProblemCause.CONGESTION, List.of(c), null, runs.get(0).startHour(),
        runs.get(runs.size() - 1).endHour(), String.format(Locale.ROOT, "recurring: DL PRB utilisation at or above "
            + "%.0f%% in %d separate spells, %d h in all (cell baseline %.0f%%)", 100 * PRB_SATURATED, runs.size(),
            hours, 100 * base), 0.9));
  }

  private void interference(int c, List<Candidate> out) {
    double base = baseline(c, h -> t.interferenceDbm(c, h));
    rising(c, out, ProblemCause.INTERFERENCE, h -> t.interferenceDbm(c, h), v -> v >= base + INTERFERENCE_RISE_DB, 2, 3,
        (peak, hours) -> String.format(Locale.ROOT, "VS.UL.InterferenceAvg up to %.1f dBm for %d h (cell baseline "
            + "%.1f dBm, rise threshold %.0f dB)", peak, hours, base, INTERFERENCE_RISE_DB), 0.85);
  }

  /**
   * Handover failures by a one-sided CUSUM (Page 1954), which gathers evidence over as many hours
   * as a cell with few handovers needs: S = max(0, S + failures - (p0 + {@link #HO_SHIFT})
   * attempts) per hour, p0 the cell's ordinary failure rate; S reaching {@link #HO_CUSUM_LIMIT}
   * excess failures flags the run from the hour S left zero to the last hour that added to it.
   */
  private void mobility(int c, List<Candidate> out) {
    int blocks = (t.hours() + HO_BLOCK_HOURS - 1) / HO_BLOCK_HOURS;
    double[] att = new double[blocks];
    double[] fail = new double[blocks];
    for (int h = 0; h < t.hours(); h++) {
      double a = t.get(c, h, Field.HO_ATT);
      att[h / HO_BLOCK_HOURS] += a;
      fail[h / HO_BLOCK_HOURS] += Math.max(0, a - t.get(c, h, Field.HO_SUCC));
    }
    double p0 = Math.max(HO_MIN_FAILURE_RATE, ordinaryFailureRate(att, fail));
    double k = p0 + HO_SHIFT;
    double s = 0;
    int start = -1;
    int lastRise = -1;
    boolean alarm = false;
    double a = 0;
    double f = 0;
    for (int h = 0; h <= t.hours(); h++) {
      double ah = h < t.hours() ? t.get(c, h, Field.HO_ATT) : 0;
      double fh = h < t.hours() ? Math.max(0, ah - t.get(c, h, Field.HO_SUCC)) : 0;
      double next = h < t.hours() ? Math.max(0, s + fh - k * ah) : 0;
      if (s == 0 && next > 0) {
        start = h;
        a = 0;
        f = 0;
      }
      if (next > s) {
        lastRise = h;
      }
      if (next > 0) {
        a += ah;
        f += fh;
      }
      alarm |= next >= HO_CUSUM_LIMIT;
      if (next == 0 && s > 0) {
        if (alarm) {
          out.add(new Candidate(ProblemCause.MOBILITY, List.of(c), null, start, lastRise + 1, String.format(
              Locale.ROOT, "HO.ExeSucc/HO.ExeAtt %.0f%% (%.0f of %.0f handovers failed) over %d h against %.1f%% "
                  + "failures in the cell's ordinary hours (CUSUM of excess failures reached %.0f)",
              100 * (1 - f / Math.max(1, a)), f, a, lastRise + 1 - start, 100 * p0, HO_CUSUM_LIMIT), 0.8));
        }
        alarm = false;
      }
      s = next;
    }
  }

  /** The pooled failure rate of the blocks without the worst quarter: the cell's ordinary rate. */
  private static double ordinaryFailureRate(double[] att, double[] fail) {
    List<Integer> blocks = new ArrayList<>();
    for (int b = 0; b < att.length; b++) {
      if (att[b] > 0) {
        blocks.add(b);
      }
    }
    if (blocks.isEmpty()) {
      return 0;
    }
    blocks.sort((x, y) -> Double.compare(fail[x] / att[x], fail[y] / att[y]));
    double a = 0;
    double f = 0;
    for (int b : blocks.subList(0, Math.max(1, blocks.size() * 3 / 4))) {
      a += att[b];
      f += fail[b];
    }
    return a > 0 ? f / a : 0;
  }

  private void transport(int c, List<Candidate> out) {
    double base = baseline(c, h -> t.meanRttMs(c, h, RTT_MIN_SESSIONS));
    rising(c, out, ProblemCause.TRANSPORT, h -> {
      double prb = t.prbUtilisation(c, h);
      return !Double.isNaN(prb) && prb > PRB_ORDINARY ? Double.NaN : t.meanRttMs(c, h, RTT_MIN_SESSIONS);
    }, v -> v >= base + RTT_RISE_MS, 2, 3, (peak, hours) -> String.format(Locale.ROOT, "session RTT up to %.0f ms "
        + "for %d h with ordinary load (cell baseline %.0f ms, rise threshold %.0f ms)", peak, hours, base,
        RTT_RISE_MS), 0.75);
  }

  /** Words of the evidence from the peak value and the hours. */
  private interface Words {
    String of(double peak, int hours);
  }

  private void rising(int c, List<Candidate> out, ProblemCause cause, IntToDoubleFunction value,
      java.util.function.DoublePredicate anomalous, int maxGap, int minHours, Words words, double confidence) {
    boolean[] flag = new boolean[t.hours()];
    for (int h = 0; h < t.hours(); h++) {
      double v = value.applyAsDouble(h);
      flag[h] = !Double.isNaN(v) && anomalous.test(v);
    }
    for (int[] r : HourRuns.of(flag, maxGap, minHours)) {
      double peak = Double.NEGATIVE_INFINITY;
      for (int h = r[0]; h < r[1]; h++) {
        double v = value.applyAsDouble(h);
        peak = Double.isNaN(v) ? peak : Math.max(peak, v);
      }
      out.add(new Candidate(cause, List.of(c), null, r[0], r[1], words.of(peak, r[1] - r[0]), confidence));
    }
  }

  private double baseline(int c, IntToDoubleFunction value) {
    double[] v = new double[t.hours()];
    for (int h = 0; h < t.hours(); h++) {
      v[h] = value.applyAsDouble(h);
    }
    return HourRuns.median(v);
  }
}
