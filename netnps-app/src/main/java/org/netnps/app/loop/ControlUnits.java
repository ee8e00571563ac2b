package org.netnps.app.loop;

import com.uber.h3core.H3Core;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.netnps.core.loop.ControlMatching;
import org.netnps.core.loop.GridSeries;

/**
 * The units an action is verified on: the treated unit is the action's grid and its ring-1
 * neighbours; a control unit is built alike around another centre at least {@link #MIN_DISTANCE}
 * grids away (so none of its grids is within ring 2 of the action, where users may be reached by
 * it; with a plan verified together, 4 grids from every action of the plan), no two control units
 * overlapping. Centres come from the action's peers (the grids of the
 * loop's untreated actions of the same type) when at least {@link #MIN_PEER_UNITS} of them have
 * data, else from every grid; the {@link #UNITS} nearest to the treated unit in pre-period level
 * and trend of expected NPS are kept.
 */
final class ControlUnits {
  static final int UNITS = 10;
  static final int MIN_PEER_UNITS = 5;
  static final int MIN_DISTANCE = 4;

  /** The treated unit's grids, each control unit's grids (keyed by centre), and where the centres came from. */
  record Units(List<String> treated, Map<String, List<String>> controls, boolean fromPeers) {
    GridSeries treatedSeries(Map<String, GridSeries> metric) {
      return unit("treated", treated, metric);
    }

    List<GridSeries> controlSeries(Map<String, GridSeries> metric) {
      List<GridSeries> out = new ArrayList<>();
      controls.forEach((centre, grids) -> out.add(unit(centre, grids, metric)));
      return out;
    }

    List<String> controlGrids() {
      return controls.values().stream().flatMap(List::stream).sorted().toList();
    }

    private static GridSeries unit(String id, List<String> grids, Map<String, GridSeries> metric) {
      return GridSeries.unit(id, grids.stream().map(metric::get).filter(Objects::nonNull).toList());
    }
  }

  private ControlUnits() {}

  static Units choose(String actionGrid, Collection<String> peerCentres, Map<String, GridSeries> nps, int preFrom,
      int preTo, H3Core h3) {
    return choose(actionGrid, List.of(actionGrid), peerCentres, nps, preFrom, preTo, h3);
  }

  /**
   * As above, with no control centre within {@link #MIN_DISTANCE} grids of any of {@code avoid}
   * (the action's grid, or every action of a plan verified together).
   */
  static Units choose(String actionGrid, Collection<String> avoid, Collection<String> peerCentres,
      Map<String, GridSeries> nps, int preFrom, int preTo, H3Core h3) {
    List<String> treated = disc(actionGrid, nps, h3);
    GridSeries treatedUnit = GridSeries.unit("treated", treated.stream().map(nps::get).toList());
    Set<String> near = new HashSet<>();
    for (String a : avoid) {
      near.addAll(h3.gridDisk(a, MIN_DISTANCE - 1));
    }
    Map<String, List<String>> fromPeers = candidates(near, peerCentres, nps, preFrom, preTo, h3);
    boolean peers = fromPeers.size() >= MIN_PEER_UNITS;
    Map<String, List<String>> pool = peers ? fromPeers
        : candidates(near, new TreeSet<>(nps.keySet()), nps, preFrom, preTo, h3);
    Map<String, GridSeries> units = new LinkedHashMap<>();
    pool.forEach((centre, grids) -> units.put(centre, GridSeries.unit(centre, grids.stream().map(nps::get).toList())));
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    for (GridSeries u : ControlMatching.ranked(treatedUnit, new ArrayList<>(units.values()), preFrom, preTo)) {
      if (chosen.size() == UNITS) {
        break;
      }
      if (chosen.keySet().stream().allMatch(c -> Verification.gridDistance(c, u.gridId(), h3) > 2)) {
        chosen.put(u.gridId(), pool.get(u.gridId()));
      }
    }
    return new Units(treated, chosen, peers);
  }

  /** Centres not {@code near} an action, with their discs' grids that have data before the action. */
  private static Map<String, List<String>> candidates(Set<String> near, Collection<String> centres,
      Map<String, GridSeries> nps, int preFrom, int preTo, H3Core h3) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String c : new TreeSet<>(centres)) {
      if (near.contains(c)) {
        continue;
      }
      List<String> grids = disc(c, nps, h3);
      if (grids.stream().anyMatch(g -> !Double.isNaN(nps.get(g).mean(preFrom, preTo)))) {
        out.put(c, grids);
      }
    }
    return out;
  }

  /** The grid and its ring-1 neighbours that have a series, sorted. */
  private static List<String> disc(String centre, Map<String, GridSeries> nps, H3Core h3) {
    return h3.gridDisk(centre, 1).stream().filter(nps::containsKey).sorted().toList();
  }
}
