package org.netnps.app.loop;

import com.uber.h3core.H3Core;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.core.loop.GridSeries;
import org.netnps.core.loop.RandomisationInference;
import org.netnps.io.store.ActionStore;

/**
 * A plan verified against the part of it held out at random ({@link Holdout}): the design that
 * matched controls cannot replace, since only held-out actions share what put the treated ones in
 * the plan (docs/loop.md, decision 0014).
 */
public final class HoldoutVerification {
  /** Splits drawn for the randomisation p-value when there are more than this many (p to within about 0.003). */
  static final int DRAWS = 20_000;

  private HoldoutVerification() {}

  /**
   * The loop's implemented grid actions against its held-out ones ({@link Holdout}), cluster by
   * cluster: a cluster (actions on the same or neighbouring grids) is one unit, its grids and their
   * ring-1 neighbours but for grids two clusters share (left to neither); it is treated when all its
   * actions were implemented, held out when all were held out, and left out when mixed. Every unit is compared
   * on the same days: before the first implementation day and after it (an action implemented
   * later counts from then, which only dilutes the estimate).
   *
   * @throws UserException when the loop has fewer than 2 treated or 2 held-out clusters with data
   */
  public static PlanVerification.Result verify(List<ActionStore.StoredAction> loop, Path results) {
    return verify(loop, GridDays.read(results));
  }

  /** As {@link #verify(List, Path)}, on grid days already read. */
  static PlanVerification.Result verify(List<ActionStore.StoredAction> loop, GridDays g) {
    Sides sides = Sides.of(loop);
    List<ActionStore.StoredAction> implemented = sides.implemented();
    H3Core h3 = Verification.h3();
    int from = g.firstFullDay;
    int actionDay = firstActionDay(implemented, g);
    Units units = units(implemented, sides.heldOut(), knownGrids(g), h3);
    List<List<String>> treatedUnits = units.treated();
    List<List<String>> heldOutUnits = units.heldOut();
    Map<String, String> leftOut = units.leftOut();
    Map<String, DifferenceInDifferences.Effect> effects = new LinkedHashMap<>();
    double randomisationP = Double.NaN;
    for (String metric : GridDays.METRICS) {
      Map<String, GridSeries> series = g.byMetric.get(metric);
      Changes c = series == null ? null : changes(treatedUnits, heldOutUnits, series, from, actionDay, actionDay + 1,
          g.days);
      if (c != null) {
        effects.put(metric, DifferenceInDifferences.againstHoldout(c.treated(), c.heldOut()));
        if (metric.equals("expected_nps")) {
          randomisationP = RandomisationInference.pValue(c.treated(), c.heldOut(), DRAWS, 1);
        }
      }
    }
    if (effects.isEmpty()) {
      throw new UserException("fewer than 2 treated or 2 held-out clusters have values before and after the first "
          + "implementation day: " + treatedUnits.size() + " treated, " + heldOutUnits.size() + " held out");
    }
    Map<String, GridSeries> nps = g.byMetric.get("expected_nps");
    int mid = Verification.preTrendMiddle(from, actionDay);
    Changes before = mid < 0 || nps == null ? null
        : changes(treatedUnits, heldOutUnits, nps, from, mid, mid + 1, actionDay);
    DifferenceInDifferences.Effect preTrend = before == null ? null
        : DifferenceInDifferences.againstHoldout(before.treated(), before.heldOut());
    int lastImplemented = implemented.stream().mapToInt(a -> Verification.actionDay(a, g.firstDay, g.days, from))
        .max().orElseThrow();
    return new PlanVerification.Result(effects, treatedUnits.size(),
        treatedUnits.stream().flatMap(List::stream).sorted().toList(),
        heldOutUnits.stream().flatMap(List::stream).sorted().toList(), actionDay - from,
        g.days - lastImplemented - 1, preTrend, leftOut, PlanVerification.Design.RANDOMISED_HOLDOUT, randomisationP);
  }

  /**
   * What a simulated pilot can measure and an operator cannot: the expected-NPS change of the same
   * units in the run with the plan and in the run without it. {@code treated}: the implemented
   * clusters' true effect; {@code heldOut}: what the implemented actions spilled over onto the
   * held-out clusters, which the holdout comparison takes as untouched (a positive spill makes
   * it understate the plan, a negative one overstate it).
   */
  public record Spillover(DifferenceInDifferences.Effect treated, DifferenceInDifferences.Effect heldOut,
      List<DistanceBand> byDistance, List<Integer> heldOutRings) {}

  /**
   * The paired change (with minus without) of every grid at {@code fromRing} to {@code toRing} H3
   * rings from the nearest implemented action's grid, grid by grid (neighbouring grids are not
   * independent: the interval is descriptive); null spill when fewer than 2 grids have values.
   */
  public record DistanceBand(int fromRing, int toRing, int grids, DifferenceInDifferences.Effect spill) {}

  /** The bands of {@link Spillover#byDistance}: a treated cluster's disc, then farther and farther out. */
  static final int[][] BANDS = {{0, 1}, {2, 2}, {3, 3}, {4, 6}, {7, 10}, {11, Integer.MAX_VALUE}};

  /**
   * The {@link Spillover} of a loop verified on {@code withPlan} (results of the run with the
   * implemented actions), measured against {@code withoutPlan} (the same simulation without any):
   * the units, days and grids are those of the run with the plan.
   *
   * @throws UserException when fewer than 2 treated or 2 held-out clusters have values in both runs
   */
  public static Spillover spillover(List<ActionStore.StoredAction> loop, Path withPlan, Path withoutPlan) {
    Sides sides = Sides.of(loop);
    GridDays with = GridDays.read(withPlan);
    GridDays without = GridDays.read(withoutPlan);
    if (!with.firstDay.equals(without.firstDay) || with.days != without.days) {
      throw new UserException("the two runs cover different days: " + with.firstDay + " + " + with.days + " against "
          + without.firstDay + " + " + without.days);
    }
    int from = with.firstFullDay;
    int actionDay = firstActionDay(sides.implemented(), with);
    H3Core h3 = Verification.h3();
    Set<String> grids = knownGrids(with);
    Units units = units(sides.implemented(), sides.heldOut(), grids, h3);
    Map<String, GridSeries> a = with.byMetric.getOrDefault("expected_nps", Map.of());
    Map<String, GridSeries> b = without.byMetric.getOrDefault("expected_nps", Map.of());
    double[][] treated = pairedChanges(units.treated(), a, b, from, actionDay, actionDay + 1, with.days);
    double[][] held = pairedChanges(units.heldOut(), a, b, from, actionDay, actionDay + 1, with.days);
    if (treated[0].length < 2 || held[0].length < 2) {
      throw new UserException("fewer than 2 treated or 2 held-out clusters have expected NPS in both runs: "
          + treated[0].length + " treated, " + held[0].length + " held out");
    }
    Rings rings = new Rings(sides.implemented(), h3);
    return new Spillover(DifferenceInDifferences.counterfactual(treated[0], treated[1]),
        DifferenceInDifferences.counterfactual(held[0], held[1]),
        byDistance(rings, grids, a, b, from, actionDay, with.days),
        units.heldOut().stream().map(rings::nearest).sorted().toList());
  }

  /** The spill on every grid with values in both runs, by its distance from the implemented actions. */
  private static List<DistanceBand> byDistance(Rings rings, Set<String> grids, Map<String, GridSeries> with,
      Map<String, GridSeries> without, int from, int actionDay, int days) {
    Map<String, Integer> distance = new HashMap<>();
    grids.forEach(g -> distance.put(g, rings.nearest(List.of(g))));
    List<DistanceBand> out = new ArrayList<>();
    for (int[] band : BANDS) {
      List<List<String>> inBand = grids.stream().filter(g -> distance.get(g) >= band[0] && distance.get(g) <= band[1])
          .map(List::of).toList();
      double[][] paired = pairedChanges(inBand, with, without, from, actionDay, actionDay + 1, days);
      out.add(new DistanceBand(band[0], band[1], paired[0].length,
          paired[0].length < 2 ? null : DifferenceInDifferences.counterfactual(paired[0], paired[1])));
    }
    return out;
  }

  /** Distances in H3 rings to the nearest of the implemented actions' grids. */
  private static final class Rings {
    private final List<String> actionGrids;
    private final H3Core h3;

    Rings(List<ActionStore.StoredAction> implemented, H3Core h3) {
      this.actionGrids = implemented.stream().map(ActionStore.StoredAction::gridId).distinct().toList();
      this.h3 = h3;
    }

    /** The least distance from any of {@code grids}; {@link Integer#MAX_VALUE} when H3 cannot tell (too far). */
    int nearest(List<String> grids) {
      long best = Integer.MAX_VALUE;
      for (String g : grids) {
        for (String a : actionGrids) {
          best = Math.min(best, Verification.gridDistance(g, a, h3));
        }
      }
      return (int) best;
    }
  }

  /** The units' changes in two runs, {with, without}, for the units with values in both. */
  private static double[][] pairedChanges(List<List<String>> units, Map<String, GridSeries> with,
      Map<String, GridSeries> without, int preFrom, int preTo, int postFrom, int postTo) {
    double[] a = new double[units.size()];
    double[] b = new double[units.size()];
    int n = 0;
    for (List<String> grids : units) {
      double da = unitChange(grids, with, preFrom, preTo, postFrom, postTo);
      double db = unitChange(grids, without, preFrom, preTo, postFrom, postTo);
      if (!Double.isNaN(da) && !Double.isNaN(db)) {
        a[n] = da;
        b[n] = db;
        n++;
      }
    }
    return new double[][] {Arrays.copyOf(a, n), Arrays.copyOf(b, n)};
  }

  /** The loop's implemented and held-out grid actions, both needed for a holdout comparison. */
  private record Sides(List<ActionStore.StoredAction> implemented, List<ActionStore.StoredAction> heldOut) {
    static Sides of(List<ActionStore.StoredAction> loop) {
      List<ActionStore.StoredAction> implemented = loop.stream()
          .filter(a -> Holdout.onGrids(a) && a.implementedAt() != null).toList();
      List<ActionStore.StoredAction> heldOut = loop.stream()
          .filter(a -> Holdout.onGrids(a) && a.status() == ActionStatus.HELD_OUT).toList();
      if (implemented.isEmpty() || heldOut.isEmpty()) {
        throw new UserException("a comparison with a holdout needs implemented and held-out grid actions, but the "
            + "loop has " + implemented.size() + " and " + heldOut.size() + " (netnps loop holdout draws one)");
      }
      return new Sides(implemented, heldOut);
    }
  }

  /** The day (index in {@code g}) the first of the implemented actions took effect. */
  private static int firstActionDay(List<ActionStore.StoredAction> implemented, GridDays g) {
    return implemented.stream().mapToInt(a -> Verification.actionDay(a, g.firstDay, g.days, g.firstFullDay)).min()
        .orElseThrow();
  }

  /** The grids with hourly rows, of any metric: the grids a unit may hold. */
  private static Set<String> knownGrids(GridDays g) {
    Set<String> known = new TreeSet<>();
    g.byMetric.values().forEach(series -> known.addAll(series.keySet()));
    return known;
  }

  /** Each treated and held-out cluster's grids, and the actions left out with the reason. */
  private record Units(List<List<String>> treated, List<List<String>> heldOut, Map<String, String> leftOut) {}

  /** The clusters of {@code implemented} and {@code heldOut} as units of the grids in {@code known}. */
  private static Units units(List<ActionStore.StoredAction> implemented, List<ActionStore.StoredAction> heldOut,
      Set<String> known, H3Core h3) {
    Units out = new Units(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
    List<ActionStore.StoredAction> both = new ArrayList<>(implemented);
    both.addAll(heldOut);
    List<List<ActionStore.StoredAction>> clusters = Holdout.clusters(both, h3);
    Map<String, Integer> claims = new HashMap<>();   // how many clusters' discs hold each grid
    clusters.forEach(c -> disc(c, h3).forEach(grid -> claims.merge(grid, 1, Integer::sum)));
    for (List<ActionStore.StoredAction> cluster : clusters) {
      long treatedActions = cluster.stream().filter(a -> a.implementedAt() != null).count();
      List<String> grids = disc(cluster, h3).stream().filter(grid -> known.contains(grid) && claims.get(grid) == 1)
          .sorted().toList();
      if (treatedActions > 0 && treatedActions < cluster.size()) {
        cluster.forEach(a -> out.leftOut().put(a.actionId(), "implemented and held-out actions on the same or "
            + "neighbouring grids"));
      } else if (grids.isEmpty()) {
        cluster.forEach(a -> out.leftOut().put(a.actionId(), "no hourly rows in its grids or their neighbours"));
      } else {
        (treatedActions > 0 ? out.treated() : out.heldOut()).add(grids);
      }
    }
    return out;
  }

  /** The grids of a cluster's actions and their ring-1 neighbours. */
  private static Set<String> disc(List<ActionStore.StoredAction> cluster, H3Core h3) {
    Set<String> out = new TreeSet<>();
    cluster.forEach(a -> out.addAll(h3.gridDisk(a.gridId(), 1)));
    return out;
  }

  /** Each treated and each held-out unit's change (post-period mean minus pre-period mean). */
  private record Changes(double[] treated, double[] heldOut) {}

  /** The units' changes, or null with fewer than 2 treated or 2 held-out units with values. */
  private static Changes changes(List<List<String>> treated, List<List<String>> heldOut,
      Map<String, GridSeries> series, int preFrom, int preTo, int postFrom, int postTo) {
    double[] t = unitChanges(treated, series, preFrom, preTo, postFrom, postTo);
    double[] c = unitChanges(heldOut, series, preFrom, preTo, postFrom, postTo);
    return t.length < 2 || c.length < 2 ? null : new Changes(t, c);
  }

  private static double[] unitChanges(List<List<String>> units, Map<String, GridSeries> series, int preFrom, int preTo,
      int postFrom, int postTo) {
    return units.stream()
        .mapToDouble(grids -> unitChange(grids, series, preFrom, preTo, postFrom, postTo))
        .filter(d -> !Double.isNaN(d))
        .toArray();
  }

  /** One unit's change (post-period mean minus pre-period mean of its grids), NaN without values on a side. */
  private static double unitChange(List<String> grids, Map<String, GridSeries> series, int preFrom, int preTo,
      int postFrom, int postTo) {
    GridSeries u = GridSeries.unit("unit", grids.stream().map(series::get).filter(Objects::nonNull).toList());
    return u.mean(postFrom, postTo) - u.mean(preFrom, preTo);
  }

}
