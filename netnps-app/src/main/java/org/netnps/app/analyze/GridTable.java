package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.experience.Places;
import org.netnps.core.grid.GridIndexer;
import org.netnps.io.scan.ScanResult;
import org.netnps.ml.NpsModel;

/**
 * grids.csv: per H3 cell the subscribers and sessions there, the poor sessions, the expected NPS
 * of its subscribers, and nps_impact, the network NPS points recovered if the grid's poor events
 * had not happened: those events are removed from the affected subscribers' windows, the
 * subscribers re-scored through the model, and the change summed over the whole base.
 */
final class GridTable {
  /** One grid for the whole period; expectedNps is NaN below the minimum group size. */
  record Row(long cell, String gridId, double lat, double lon, int subscribers, long sessions,
      long poorSessions, double expectedNps, double npsImpact) {}

  private GridTable() {}

  static List<Row> build(ScanResult scan, ScoredBase base, FeatureBuilder fb, NpsModel model,
      GridIndexer grids, int minGroup) {
    Map<Long, double[]> agg = new HashMap<>();
    for (int i = 0; i < base.size(); i++) {
      Places places = scan.profiles()[base.subscribers()[i]].grids();
      for (int k = 0; k < places.size(); k++) {
        double[] a = agg.computeIfAbsent(places.key(k), g -> new double[4]);
        a[0]++;
        a[1] += places.sessions(k);
        a[2] += places.poor(k);
        a[3] += base.f()[i];
      }
    }
    Map<Long, Double> impact = impacts(scan, base, fb, model);
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Long, double[]> e : agg.entrySet()) {
      double[] a = e.getValue();
      double[] c = grids.centre(e.getKey());
      double expected = a[0] >= minGroup ? 100 * a[3] / a[0] : Double.NaN;
      rows.add(new Row(e.getKey(), grids.address(e.getKey()), c[0], c[1], (int) a[0], (long) a[1],
          (long) a[2], expected, impact.getOrDefault(e.getKey(), 0.0)));
    }
    rows.sort((x, y) -> Double.compare(y.npsImpact(), x.npsImpact()));
    return rows;
  }

  private static Map<Long, Double> impacts(ScanResult scan, ScoredBase base, FeatureBuilder fb, NpsModel model) {
    PoorEvents events = scan.poorEvents();
    int end = fb.endDay();
    int from = fb.windowStart(end);
    Map<Long, Map<Integer, List<Integer>>> byGrid = new HashMap<>();
    for (int e = 0; e < events.size(); e++) {
      int day = ExperienceAccumulator.dayOf(events.startMs(e));
      if (day >= from && day < end && events.grid(e) != 0) {
        byGrid.computeIfAbsent(events.grid(e), g -> new HashMap<>())
            .computeIfAbsent(events.subscriber(e), s -> new ArrayList<>()).add(e);
      }
    }
    List<Long> keys = new ArrayList<>(byGrid.keySet());
    List<Map<Integer, List<Integer>>> groups = new ArrayList<>();
    for (long k : keys) {
      groups.add(byGrid.get(k));
    }
    double[] impact = new Counterfactual(scan, base, fb, model).impacts(groups);
    Map<Long, Double> out = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), impact[i]);
    }
    return out;
  }
}
