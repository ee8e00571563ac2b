package org.netnps.app.analyze;

import java.util.Arrays;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.io.scan.ScanResult;
import org.netnps.ml.NpsModel;

/**
 * Every scored subscriber as of the end of every day of the period: f = p_promoter - p_detractor
 * and p_detractor, each on the window of days up to that day, NaN before the subscriber is first
 * seen. The daily trend and the hourly grid rows read them, so a grid's expected NPS in an hour
 * reflects what its subscribers had lived through by that day (what the closed loop's
 * before/after comparison needs), not their state at the period's end.
 */
final class DailyScores {
  private final int firstDay;
  private final double[][] f;       // [day - firstDay][base row]
  private final double[][] pDetractor;

  private DailyScores(int firstDay, double[][] f, double[][] pDetractor) {
    this.firstDay = firstDay;
    this.f = f;
    this.pDetractor = pDetractor;
  }

  static DailyScores of(ScanResult scan, FeatureBuilder fb, ScoredBase base, NpsModel model) {
    int first = ExperienceAccumulator.dayOf(scan.periodStartMs());
    int days = Math.max(0, fb.endDay() - first);
    double[][] f = new double[days][];
    double[][] pDet = new double[days][];
    for (int d = 0; d < days; d++) {
      int day = first + d;
      int[] rows = new int[base.size()];
      int n = 0;
      for (int i = 0; i < base.size(); i++) {
        if (scan.profiles()[base.subscribers()[i]].firstDay() <= day) {
          rows[n++] = i;
        }
      }
      float[][] x = new float[n][];
      for (int k = 0; k < n; k++) {
        x[k] = fb.features(base.subscribers()[rows[k]], day + 1);
      }
      double[][] p = ScoredBase.predict(model, x);
      f[d] = new double[base.size()];
      pDet[d] = new double[base.size()];
      Arrays.fill(f[d], Double.NaN);
      Arrays.fill(pDet[d], Double.NaN);
      for (int k = 0; k < n; k++) {
        f[d][rows[k]] = p[k][2] - p[k][0];
        pDet[d][rows[k]] = p[k][0];
      }
    }
    return new DailyScores(first, f, pDet);
  }

  int firstDay() {
    return firstDay;
  }

  int days() {
    return f.length;
  }

  /** Whether {@code day} (days since the epoch, UTC) is in the period. */
  boolean covers(int day) {
    return day >= firstDay && day < firstDay + f.length;
  }

  /** f of a base row as of the end of {@code day}; NaN before the subscriber was seen. */
  double f(int day, int row) {
    return f[day - firstDay][row];
  }

  double pDetractor(int day, int row) {
    return pDetractor[day - firstDay][row];
  }

  /** The f of the subscribers seen by the end of {@code day}. */
  double[] seen(int day) {
    return Arrays.stream(f[day - firstDay]).filter(v -> !Double.isNaN(v)).toArray();
  }
}
