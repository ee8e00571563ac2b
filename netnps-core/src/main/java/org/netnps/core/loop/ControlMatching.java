package org.netnps.core.loop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Control grids for treated ones: for each treated grid the {@code k} untreated grids nearest in
 * pre-period level and trend (each standardised over the candidates), not treated and not excluded
 * (the treated grids' neighbours, whose users the action may also reach).
 */
public final class ControlMatching {
  private ControlMatching() {}

  public static List<GridSeries> match(List<GridSeries> treated, List<GridSeries> candidates, Set<String> excluded,
      int preFrom, int preTo, int k) {
    Set<String> treatedIds = new LinkedHashSet<>();
    treated.forEach(t -> treatedIds.add(t.gridId()));
    List<GridSeries> pool = new ArrayList<>();
    for (GridSeries c : candidates) {
      if (!treatedIds.contains(c.gridId()) && !excluded.contains(c.gridId()) && !Double.isNaN(c.mean(preFrom, preTo))) {
        pool.add(c);
      }
    }
    double levelSd = sd(pool.stream().mapToDouble(c -> c.mean(preFrom, preTo)).toArray());
    double trendSd = sd(pool.stream().mapToDouble(c -> c.slope(preFrom, preTo)).toArray());
    Set<GridSeries> chosen = new LinkedHashSet<>();
    for (GridSeries t : treated) {
      double level = t.mean(preFrom, preTo);
      double trend = t.slope(preFrom, preTo);
      pool.stream()
          .sorted(Comparator.comparingDouble(c -> Math.hypot((c.mean(preFrom, preTo) - level) / levelSd,
              (c.slope(preFrom, preTo) - trend) / trendSd)))
          .limit(k)
          .forEach(chosen::add);
    }
    return new ArrayList<>(chosen);
  }

  private static double sd(double[] v) {
    double m = 0;
    for (double x : v) {
      m += x;
    }
    m /= Math.max(1, v.length);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    double sd = v.length > 1 ? Math.sqrt(s / (v.length - 1)) : 0;
    return sd > 0 ? sd : 1;
  }
}
