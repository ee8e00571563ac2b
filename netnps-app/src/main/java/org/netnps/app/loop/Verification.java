package org.netnps.app.loop;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netnps.core.UserException;
import org.netnps.core.domain.ActionType;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.core.loop.GridSeries;
import org.netnps.io.store.ActionStore;

/**
 * Verifies an implemented action on the daily grid series of a results directory whose period
 * spans the implementation: difference-in-differences of each metric between the treated unit
 * (the action's grid and its ring-1 neighbours) and matched control units ({@link ControlUnits}:
 * peers' grids first), the days before the implementation day (from the first whose scores stand
 * on a full feature window) against the days after it. A device campaign is compared on device
 * cohorts instead ({@link DeviceVerification}).
 *
 * <p>Controls come first from the action's peers, the loop's actions of the same type that were
 * not implemented: those were chosen from the same findings for the same kind of problem, so they
 * share what put the action's grid in the plan (a problem that may end by itself, a bad week that
 * regresses to the mean), which grids matched on NPS alone do not.
 */
public final class Verification {
  private Verification() {}

  /**
   * The effect on each metric, the groups compared (controls from the action's peers or from all
   * grids), the days compared before (from the first with a full feature window) and after the
   * implementation day, and the pre-trend check: the same expected-NPS
   * comparison inside the days before the action, split at their middle (null with fewer than 4
   * days before). Nothing happened then, so an interval there that excludes zero says treated and
   * controls were already drifting apart. {@code units} says what the treated and control ids name
   * and which metrics were tried.
   */
  public record Result(Map<String, DifferenceInDifferences.Effect> effects, Units units,
      List<String> treated, List<String> controls, boolean controlsFromPeers, int preDays, int postDays,
      DifferenceInDifferences.Effect preTrend) {
    /** Verified when network NPS moved up with an interval that excludes zero, and the pre-trend check did not. */
    public boolean npsVerified() {
      DifferenceInDifferences.Effect e = effects.get("expected_nps");
      return e != null && e.verified() && e.estimate() > 0 && !preTrendDiffers();
    }

    public boolean preTrendDiffers() {
      return preTrend != null && preTrend.verified();
    }
  }

  /** What an action is measured on: grids (a grid action) or device models' users (a device campaign). */
  public enum Units {
    GRIDS("grids", GridDays.METRICS), DEVICE_MODELS("device models", DeviceCohorts.METRICS);

    private final String label;
    private final List<String> metrics;

    Units(String label, List<String> metrics) {
      this.label = label;
      this.metrics = metrics;
    }

    /** The metrics compared on such units, in order. */
    public List<String> metrics() {
      return metrics;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * @param loop the loop's actions (this one among them or not): the untreated ones of the same
   *     type give the control units' centres
   */
  public static Result verify(ActionStore.StoredAction action, List<ActionStore.StoredAction> loop, Path results) {
    if (action.implementedAt() == null) {
      throw new UserException("action " + action.actionId() + " has no implementation time; mark it implemented first");
    }
    if (ActionType.DEVICE_CAMPAIGN.code().equals(action.action())) {
      return DeviceVerification.verify(action, results);
    }
    if (action.gridId() == null || action.gridId().isEmpty()) {
      throw new UserException("action " + action.actionId() + " has no grid_id: nothing to compare against controls");
    }
    GridDays g = GridDays.read(results);
    Measured measured = measured(action, List.of(action.gridId()), loop, g, h3(), results);
    int from = measured.from();
    int actionDay = measured.actionDay();
    ControlUnits.Units units = measured.units();
    Map<String, DifferenceInDifferences.Effect> effects = new LinkedHashMap<>();
    for (String m : GridDays.METRICS) {
      Map<String, GridSeries> series = g.byMetric.get(m);
      if (series == null) {
        continue;   // results written before the metric existed
      }
      try {
        effects.put(m, DifferenceInDifferences.estimate(units.treatedSeries(series), units.controlSeries(series), from,
            actionDay, actionDay + 1, g.days));
      } catch (IllegalArgumentException e) {
        // a metric with no values before or after (no complaints with a position, say) is left out
      }
    }
    List<String> treatedIds = units.treated();
    List<String> controlIds = units.controlGrids();
    if (effects.isEmpty()) {
      throw new UserException("action " + action.actionId() + ": no metric has values both before and after "
          + action.implementedAt() + " in its " + treatedIds.size() + " treated grids and " + units.controls().size()
          + " control units, so nothing can be measured");
    }
    return new Result(effects, Units.GRIDS, treatedIds, controlIds, units.fromPeers(), actionDay - from,
        g.days - actionDay - 1, preTrend(g, units, from, actionDay));
  }

  /** A grid action's units on a results directory's grid series, and the days it is compared on. */
  record Measured(ControlUnits.Units units, int from, int actionDay) {}

  /**
   * Chooses a grid action's treated and control units, no control centre within
   * {@link ControlUnits#MIN_DISTANCE} grids of the grids {@code avoid}; refused when its grids have
   * no rows.
   */
  static Measured measured(ActionStore.StoredAction action, List<String> avoid, List<ActionStore.StoredAction> loop,
      GridDays g, H3Core h3, Path results) {
    int from = g.firstFullDay;
    int actionDay = actionDay(action, g.firstDay, g.days, from);
    ControlUnits.Units units = ControlUnits.choose(action.gridId(), avoid, peerCentres(action, loop),
        g.byMetric.get("expected_nps"), from, actionDay, h3);
    if (units.treated().isEmpty()) {
      throw new UserException("grid " + action.gridId() + " and its neighbours have no hourly rows in " + results);
    }
    return new Measured(units, from, actionDay);
  }

  /** Grid distance, or {@link Long#MAX_VALUE} where H3 cannot say (across a pentagon, other resolutions): far. */
  static long gridDistance(String a, String b, H3Core h3) {
    try {
      return h3.gridDistance(a, b);
    } catch (RuntimeException e) {
      return Long.MAX_VALUE;
    }
  }

  static H3Core h3() {
    try {
      return H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The implementation day as an index into results of {@code days} days from {@code firstDay},
   * refused unless at least 2 days with full feature windows (from {@code from}) lie before it and
   * 2 days after it.
   */
  static int actionDay(ActionStore.StoredAction action, LocalDate firstDay, int days, int from) {
    int actionDay = (int) (action.implementedAt().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()
        - firstDay.toEpochDay());
    if (actionDay - from < 2 || actionDay > days - 2) {
      throw new UserException("the results cover " + firstDay + " + " + days + " days (full feature windows from "
          + firstDay.plusDays(from) + "); action " + action.actionId() + " implemented " + action.implementedAt()
          + " needs at least 2 days with full windows before it and 2 days after it");
    }
    return actionDay;
  }

  /** The grids of the loop's untreated actions of the same type. */
  static Set<String> peerCentres(ActionStore.StoredAction action, List<ActionStore.StoredAction> loop) {
    Set<String> out = new TreeSet<>();
    for (ActionStore.StoredAction a : loop) {
      boolean untreated = a.status() == ActionStatus.PROPOSED || a.status() == ActionStatus.APPROVED
          || a.status() == ActionStatus.REJECTED || a.status() == ActionStatus.HELD_OUT;
      if (untreated && !a.actionId().equals(action.actionId()) && a.action().equals(action.action())
          && a.gridId() != null && !a.gridId().isEmpty()) {
        out.add(a.gridId());
      }
    }
    return out;
  }

  /**
   * The day splitting [from, actionDay) for the pre-trend check ([from, mid) against
   * [mid + 1, actionDay)), or -1 when the halves would be shorter than 2 and 1 days.
   */
  static int preTrendMiddle(int from, int actionDay) {
    int mid = from + (actionDay - from) / 2;
    return mid - from < 2 || actionDay - (mid + 1) < 1 ? -1 : mid;
  }

  /** Expected NPS, days [from, mid) against [mid + 1, actionDay): the placebo in time. */
  static DifferenceInDifferences.Effect preTrend(GridDays g, ControlUnits.Units units, int from, int actionDay) {
    Map<String, GridSeries> nps = g.byMetric.get("expected_nps");
    return preTrend(units.treatedSeries(nps), units.controlSeries(nps), from, actionDay);
  }

  /** The same on any treated and control series; null with fewer than 4 days before the action. */
  static DifferenceInDifferences.Effect preTrend(GridSeries treated, List<GridSeries> controls, int from,
      int actionDay) {
    int mid = preTrendMiddle(from, actionDay);
    if (mid < 0) {
      return null;
    }
    try {
      return DifferenceInDifferences.estimate(treated, controls, from, mid, mid + 1, actionDay);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
