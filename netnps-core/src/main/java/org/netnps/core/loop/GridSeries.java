package org.netnps.core.loop;

import java.util.List;

/**
 * One grid's (or one unit of grids') daily values of one metric (network NPS, DOU, complaints,
 * revenue), days aligned across grids; NaN where the grid had no value that day.
 */
public record GridSeries(String gridId, double[] daily) {
  public GridSeries {
    daily = daily.clone();
  }

  /**
   * One unit of several grids (an action's grid and its ring, say): per day the mean of the grids
   * with a value that day, NaN when none has.
   */
  public static GridSeries unit(String id, List<GridSeries> grids) {
    int days = grids.stream().mapToInt(g -> g.daily.length).max().orElse(0);
    double[] v = new double[days];
    for (int d = 0; d < days; d++) {
      double s = 0;
      int n = 0;
      for (GridSeries g : grids) {
        if (d < g.daily.length && !Double.isNaN(g.daily[d])) {
          s += g.daily[d];
          n++;
        }
      }
      v[d] = n == 0 ? Double.NaN : s / n;
    }
    return new GridSeries(id, v);
  }

  /** Mean over days [from, to), ignoring NaN; NaN when none. */
  public double mean(int from, int to) {
    double s = 0;
    int n = 0;
    for (int d = Math.max(0, from); d < Math.min(daily.length, to); d++) {
      if (!Double.isNaN(daily[d])) {
        s += daily[d];
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** Least-squares slope per day over days [from, to), ignoring NaN; 0 with fewer than 2 values. */
  public double slope(int from, int to) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (int d = Math.max(0, from); d < Math.min(daily.length, to); d++) {
      if (!Double.isNaN(daily[d])) {
        sx += d;
        sy += daily[d];
        sxx += (double) d * d;
        sxy += d * daily[d];
        n++;
      }
    }
    double den = n * sxx - sx * sx;
    return n < 2 || den == 0 ? 0 : (n * sxy - sx * sy) / den;
  }
}
