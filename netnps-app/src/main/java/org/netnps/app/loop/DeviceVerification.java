package org.netnps.app.loop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.core.loop.ControlMatching;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.core.loop.GridSeries;
import org.netnps.io.store.ActionStore;

/**
 * Verifies a device campaign on device cohorts (devices.csv): it acts on a device model wherever
 * its users are, so the treated unit is the model's users and the controls are the users of other
 * models, the {@link ControlUnits#UNITS} nearest in pre-period level and trend of expected NPS.
 * Network actions elsewhere reach every model's users alike and cancel in the difference; the
 * campaign reaches only its model's users. Days, pre-trend check and inference as for grids
 * ({@link Verification}).
 */
final class DeviceVerification {
  private DeviceVerification() {}

  static Verification.Result verify(ActionStore.StoredAction action, Path results) {
    String model = action.target();
    DeviceCohorts c = DeviceCohorts.read(results);
    Map<String, GridSeries> nps = c.byMetric.get("expected_nps");
    if (model == null || !nps.containsKey(model)) {
      throw new UserException("action " + action.actionId() + ": device model " + model + " has no rows in "
          + results.resolve("devices.csv") + " (fewer scored users than the minimum group?)");
    }
    int from = GridDays.firstFullDay(results.resolve("trend.csv"), c.firstDay);
    int actionDay = Verification.actionDay(action, c.firstDay, c.days, from);
    List<GridSeries> others = new ArrayList<>();
    nps.forEach((m, series) -> {
      if (!m.equals(model)) {
        others.add(series);
      }
    });
    List<String> controls = ControlMatching.ranked(nps.get(model), others, from, actionDay).stream()
        .limit(ControlUnits.UNITS).map(GridSeries::gridId).toList();
    Map<String, DifferenceInDifferences.Effect> effects = new LinkedHashMap<>();
    for (String metric : DeviceCohorts.METRICS) {
      Map<String, GridSeries> series = c.byMetric.get(metric);
      try {
        effects.put(metric, DifferenceInDifferences.estimate(series.get(model), controls.stream().map(series::get)
            .toList(), from, actionDay, actionDay + 1, c.days));
      } catch (IllegalArgumentException e) {
        // a metric with no values before or after (no ARPU, so no revenue) is left out
      }
    }
    if (!effects.containsKey("expected_nps")) {
      throw new UserException("action " + action.actionId() + ": " + model + " and " + controls.size()
          + " other device models give no expected NPS both before and after " + action.implementedAt()
          + " (at least 2 other models are needed)");
    }
    return new Verification.Result(effects, Verification.Units.DEVICE_MODELS, List.of(model), controls, false,
        actionDay - from, c.days - actionDay - 1,
        Verification.preTrend(nps.get(model), controls.stream().map(nps::get).toList(), from, actionDay));
  }
}
