package org.netnps.core.diagnosis;

import java.util.ArrayList;
import java.util.List;

/** Runs of flagged hours, with short gaps bridged: the windows in which a condition held. */
final class HourRuns {
  private HourRuns() {}

  /** [start, end) hour pairs of runs of at least {@code minHours} flagged hours, gaps up to {@code maxGap} bridged. */
  static List<int[]> of(boolean[] flagged, int maxGap, int minHours) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    int last = -1;
    int count = 0;
    for (int h = 0; h < flagged.length; h++) {
      if (!flagged[h]) {
        continue;
      }
      if (start >= 0 && h - last - 1 <= maxGap) {
        last = h;
        count++;
        continue;
      }
      if (start >= 0 && count >= minHours) {
        runs.add(new int[] {start, last + 1});
      }
      start = h;
      last = h;
      count = 1;
    }
    if (start >= 0 && count >= minHours) {
      runs.add(new int[] {start, last + 1});
    }
    return runs;
  }

  /** The median of the non-NaN values, NaN when none. */
  static double median(double[] v) {
    double[] s = java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (s.length == 0) {
      return Double.NaN;
    }
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
