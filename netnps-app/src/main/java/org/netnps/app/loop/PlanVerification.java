package org.netnps.app.loop;

import com.uber.h3core.H3Core;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.netnps.core.UserException;
import org.netnps.core.domain.ActionType;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.core.loop.GridSeries;
import org.netnps.io.store.ActionStore;

/**
 * A plan's implemented grid actions verified together, as one programme: each action's treated
 * unit against its own matched control units ({@link Verification}), the effects pooled over the
 * distinct treated units ({@link DifferenceInDifferences#pooled}). Single actions of a point or
 * two stay inside intervals of two or three points on 14 post days; a plan of thirty such actions
 * does not, and that is the figure an operator reports for a programme.
 *
 * <p>Actions on the same treated unit (two cells of one site) are one observation. Control units
 * are chosen with no centre within {@link ControlUnits#MIN_DISTANCE} grids of any action of the
 * plan, since that action may reach their users. Device campaigns are measured on device cohorts, not
 * grids, and are left out, as are actions that cannot be measured; each is named with the reason.
 */
public final class PlanVerification {
  private PlanVerification() {}

  /** What the treated units were compared against. */
  public enum Design {
    /** Each action against its own control units matched on the pre-period, pooled. */
    MATCHED_CONTROLS("matched controls"),
    /** Treated clusters against clusters of the plan held out at random ({@link Holdout}). */
    RANDOMISED_HOLDOUT("randomised holdout");

    private final String label;

    Design(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The randomisation p-value below which a holdout comparison may be verified. */
  public static final double RANDOMISATION_ALPHA = 0.05;

  /**
   * The pooled effect on each metric over {@code units} distinct treated units, the grids
   * compared, the fewest days any action had before and after its implementation, the pooled
   * pre-trend check, the actions left out with the reason, the design, and for a randomised
   * holdout the randomisation p-value of the expected-NPS comparison ({@link
   * org.netnps.core.loop.RandomisationInference}; NaN for matched controls, where no draw was made).
   */
  public record Result(Map<String, DifferenceInDifferences.Effect> effects, int units, List<String> treated,
      List<String> controls, int preDays, int postDays, DifferenceInDifferences.Effect preTrend,
      Map<String, String> leftOut, Design design, double randomisationP) {
    /**
     * Verified when expected NPS moved up with an interval that excludes zero, the pre-trend check
     * did not, and, against a randomised holdout, the randomisation test agrees (p below 0.05): with
     * 6-7 held-out clusters Welch's interval leans on normal changes, the randomisation test on the
     * draw alone.
     */
    public boolean npsVerified() {
      DifferenceInDifferences.Effect e = effects.get("expected_nps");
      return e != null && e.verified() && e.estimate() > 0 && !preTrendDiffers()
          && (Double.isNaN(randomisationP) || randomisationP < RANDOMISATION_ALPHA);
    }

    /** Why the plan is not verified, null when it is. */
    public String whyNotVerified() {
      DifferenceInDifferences.Effect e = effects.get("expected_nps");
      if (npsVerified()) {
        return null;
      } else if (preTrendDiffers()) {
        return "treated and control units already drifted apart";
      } else if (e == null) {
        return "expected NPS is not measurable on 2 units on each side before and after";
      } else if (e.verified() && e.estimate() > 0) {
        return "the randomisation test does not confirm it (p at least " + RANDOMISATION_ALPHA + ")";
      }
      return "the expected NPS interval covers zero or the change is negative";
    }

    public boolean preTrendDiffers() {
      return preTrend != null && preTrend.verified();
    }

    /** The control units behind the expected-NPS comparison, else behind the first metric compared. */
    public int controlUnits() {
      DifferenceInDifferences.Effect e = effects.getOrDefault("expected_nps", effects.values().iterator().next());
      return e.controlUnits();
    }
  }

  /**
   * The plan against matched controls and against its randomised holdout, each null with the
   * reason when it cannot be measured (the holdout when nothing is held out).
   */
  public record Designs(Result matched, String matchedRefusal, Result holdout, String holdoutRefusal) {
    /** The holdout's result when there is one, else the matched design's; null when neither could be measured. */
    public Result decisive() {
      return holdout != null ? holdout : matched;
    }
  }

  /**
   * The implemented grid actions against matched controls ({@link #verify}) and against the
   * loop's held-out actions ({@link HoldoutVerification}); one failing does not stop the other.
   */
  public static Designs verifyDesigns(List<ActionStore.StoredAction> implemented, List<ActionStore.StoredAction> loop,
      Path results) {
    Result matched = null;
    String matchedRefusal = null;
    try {
      matched = verify(implemented, loop, results);
    } catch (UserException e) {
      matchedRefusal = e.getMessage();
    }
    Result holdout = null;
    String holdoutRefusal = null;
    try {
      holdout = HoldoutVerification.verify(loop, results);
    } catch (UserException e) {
      holdoutRefusal = e.getMessage();
    }
    return new Designs(matched, matchedRefusal, holdout, holdoutRefusal);
  }

  /**
   * @param actions the implemented actions to verify together
   * @param loop the loop's actions: the untreated ones give each action's control centres
   */
  public static Result verify(List<ActionStore.StoredAction> actions, List<ActionStore.StoredAction> loop,
      Path results) {
    GridDays g = GridDays.read(results);
    H3Core h3 = Verification.h3();
    Map<String, String> leftOut = new LinkedHashMap<>();
    List<String> actionGrids = actions.stream().filter(a -> refusal(a) == null).map(ActionStore.StoredAction::gridId)
        .distinct().toList();
    Map<String, Verification.Measured> byUnit = new LinkedHashMap<>();   // first action on each treated unit
    for (ActionStore.StoredAction a : actions) {
      String refusal = refusal(a);
      if (refusal != null) {
        leftOut.put(a.actionId(), refusal);
        continue;
      }
      try {
        Verification.Measured m = Verification.measured(a, actionGrids, loop, g, h3, results);
        String unit = String.join(",", m.units().treated());
        if (byUnit.containsKey(unit)) {
          leftOut.put(a.actionId(), "the same treated grids as an action counted already");
        } else if (m.units().controls().size() < 2) {
          leftOut.put(a.actionId(), "fewer than 2 control units at least " + ControlUnits.MIN_DISTANCE
              + " grids from every action");
        } else {
          byUnit.put(unit, m);
        }
      } catch (UserException e) {
        leftOut.put(a.actionId(), e.getMessage());
      }
    }
    List<Verification.Measured> pooled = new ArrayList<>(byUnit.values());
    if (pooled.isEmpty()) {
      throw new UserException("none of the " + actions.size() + " actions can be measured on grids: " + leftOut);
    }
    Map<String, DifferenceInDifferences.Effect> effects = new LinkedHashMap<>();
    for (String metric : GridDays.METRICS) {
      Map<String, GridSeries> series = g.byMetric.get(metric);
      if (series != null) {
        List<DifferenceInDifferences.Changes> changes = changes(pooled, series, g.days, false);
        if (!changes.isEmpty()) {
          effects.put(metric, DifferenceInDifferences.pooled(changes));
        }
      }
    }
    List<DifferenceInDifferences.Changes> before = changes(pooled, g.byMetric.get("expected_nps"), g.days, true);
    TreeSet<String> treated = new TreeSet<>();
    TreeSet<String> controls = new TreeSet<>();
    for (Verification.Measured m : pooled) {
      treated.addAll(m.units().treated());
      controls.addAll(m.units().controlGrids());
    }
    return new Result(effects, pooled.size(), List.copyOf(treated), List.copyOf(controls),
        pooled.stream().mapToInt(m -> m.actionDay() - m.from()).min().orElse(0),
        pooled.stream().mapToInt(m -> g.days - m.actionDay() - 1).min().orElse(0),
        before.isEmpty() ? null : DifferenceInDifferences.pooled(before), leftOut, Design.MATCHED_CONTROLS, Double.NaN);
  }

  private static String refusal(ActionStore.StoredAction a) {
    if (a.implementedAt() == null) {
      return "not implemented";
    }
    if (ActionType.DEVICE_CAMPAIGN.code().equals(a.action())) {
      return "a device campaign: measured on device cohorts, not grids";
    }
    if (a.gridId() == null || a.gridId().isEmpty()) {
      return "no grid_id";
    }
    return null;
  }

  /**
   * Each action's changes on a metric: before against after its implementation day, or with
   * {@code preTrend} the first half of the days before against the second (as
   * {@link Verification#preTrend}); actions without values on both sides are left out.
   */
  private static List<DifferenceInDifferences.Changes> changes(List<Verification.Measured> pooled,
      Map<String, GridSeries> series, int days, boolean preTrend) {
    List<DifferenceInDifferences.Changes> out = new ArrayList<>();
    for (Verification.Measured m : pooled) {
      int mid = Verification.preTrendMiddle(m.from(), m.actionDay());
      if (preTrend && mid < 0) {
        continue;
      }
      try {
        out.add(preTrend
            ? DifferenceInDifferences.changes(m.units().treatedSeries(series), m.units().controlSeries(series),
                m.from(), mid, mid + 1, m.actionDay())
            : DifferenceInDifferences.changes(m.units().treatedSeries(series), m.units().controlSeries(series),
                m.from(), m.actionDay(), m.actionDay() + 1, days));
      } catch (IllegalArgumentException e) {
        // no values before or after for this action on this metric
      }
    }
    return out;
  }
}
