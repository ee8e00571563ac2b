package org.netnps.app.loop;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netnps.core.UserException;
import org.netnps.core.domain.ActionType;
import org.netnps.core.loop.ControlMatching;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.core.loop.GridSeries;
import org.netnps.io.store.ActionStore;

/**
 * Verifies an implemented action on the daily grid series of a results directory whose period
 * spans the implementation: treated = the action's grid and its ring-1 neighbours; controls = 3
 * grids per treated one, matched on pre-period level and trend of expected NPS, never within
 * ring 2 of the action (spill-over); difference-in-differences of each metric, days before the
 * implementation day against days after it.
 */
public final class Verification {
  static final int CONTROLS_PER_TREATED = 3;
  /** The metrics compared, in order. */
  public static final java.util.List<String> METRICS = GridDays.METRICS;

  private Verification() {}

  /**
   * The effect on each metric, the groups compared, and the pre-trend check: the same expected-NPS
   * comparison inside the days before the action, split at their middle (null with fewer than 4
   * days before). Nothing happened then, so an interval there that excludes zero says treated and
   * controls were already drifting apart.
   */
  public record Result(Map<String, DifferenceInDifferences.Effect> effects, List<String> treated,
      List<String> controls, int preDays, int postDays, DifferenceInDifferences.Effect preTrend) {
    /** Verified when network NPS moved up with an interval that excludes zero, and the pre-trend check did not. */
    public boolean npsVerified() {
      DifferenceInDifferences.Effect e = effects.get("expected_nps");
      return e != null && e.verified() && e.estimate() > 0 && !preTrendDiffers();
    }

    public boolean preTrendDiffers() {
      return preTrend != null && preTrend.verified();
    }
  }

  public static Result verify(ActionStore.StoredAction action, Path results) {
    if (action.implementedAt() == null) {
      throw new UserException("action " + action.actionId() + " has no implementation time; mark it implemented first");
    }
    if (ActionType.DEVICE_CAMPAIGN.code().equals(action.action())) {
      throw new UserException("action " + action.actionId() + " is a device campaign: it acts on a device model "
          + "wherever its users are, so a comparison of grids does not measure it");
    }
    if (action.gridId() == null || action.gridId().isEmpty()) {
      throw new UserException("action " + action.actionId() + " has no grid_id: nothing to compare against controls");
    }
    GridDays g = GridDays.read(results);
    int actionDay = (int) (action.implementedAt().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()
        - g.firstDay.toEpochDay());
    if (actionDay < 2 || actionDay > g.days - 2) {
      throw new UserException("the results cover " + g.firstDay + " + " + g.days + " days; action " + action.actionId()
          + " implemented " + action.implementedAt() + " needs at least 2 days before and after it");
    }
    H3Core h3;
    try {
      h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> ring1 = new HashSet<>(h3.gridDisk(action.gridId(), 1));
    Set<String> ring2 = new HashSet<>(h3.gridDisk(action.gridId(), 2));
    Map<String, GridSeries> nps = g.byMetric.get("expected_nps");
    List<GridSeries> treated = new ArrayList<>();
    for (String t : ring1) {
      if (nps.containsKey(t)) {
        treated.add(nps.get(t));
      }
    }
    if (treated.isEmpty()) {
      throw new UserException("grid " + action.gridId() + " and its neighbours have no hourly rows in " + results);
    }
    List<GridSeries> controls = ControlMatching.match(treated, new ArrayList<>(nps.values()), ring2, 0, actionDay,
        CONTROLS_PER_TREATED);
    List<String> treatedIds = treated.stream().map(GridSeries::gridId).sorted().toList();
    List<String> controlIds = controls.stream().map(GridSeries::gridId).sorted().toList();
    Map<String, DifferenceInDifferences.Effect> effects = new LinkedHashMap<>();
    for (String m : GridDays.METRICS) {
      Map<String, GridSeries> series = g.byMetric.get(m);
      List<GridSeries> t = treatedIds.stream().map(series::get).toList();
      List<GridSeries> c = controlIds.stream().map(series::get).toList();
      try {
        effects.put(m, DifferenceInDifferences.estimate(t, c, 0, actionDay, actionDay + 1, g.days));
      } catch (IllegalArgumentException e) {
        // a metric with no values before or after (no complaints with a position, say) is left out
      }
    }
    if (effects.isEmpty()) {
      throw new UserException("action " + action.actionId() + ": no metric has values both before and after "
          + action.implementedAt() + " in its " + treatedIds.size() + " treated and " + controlIds.size()
          + " control grids, so nothing can be measured");
    }
    return new Result(effects, treatedIds, controlIds, actionDay, g.days - actionDay - 1,
        preTrend(g, treatedIds, controlIds, actionDay));
  }

  /** Expected NPS, days [0, mid) against [mid + 1, actionDay): the placebo in time. */
  static DifferenceInDifferences.Effect preTrend(GridDays g, List<String> treatedIds, List<String> controlIds,
      int actionDay) {
    int mid = actionDay / 2;
    if (mid < 2 || actionDay - (mid + 1) < 1) {
      return null;
    }
    Map<String, GridSeries> nps = g.byMetric.get("expected_nps");
    try {
      return DifferenceInDifferences.estimate(treatedIds.stream().map(nps::get).toList(),
          controlIds.stream().map(nps::get).toList(), 0, mid, mid + 1, actionDay);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
