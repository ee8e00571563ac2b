package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netnps.core.experience.WindowEdit;
import org.netnps.io.scan.ScanResult;
import org.netnps.ml.NpsModel;

/**
 * Network NPS points recovered if given poor events had not happened: the events are removed
 * from their subscribers' windows (as of the period's end), those subscribers are re-scored
 * through the model, and the change in f is summed over the whole base. Many groups of events
 * (grids, findings) are scored in shared batches.
 */
final class Counterfactual {
  private final ScanResult scan;
  private final ScoredBase base;
  private final FeatureBuilder fb;
  private final NpsModel model;
  private final int[] rowOfSubscriber;

  Counterfactual(ScanResult scan, ScoredBase base, FeatureBuilder fb, NpsModel model) {
    this.scan = scan;
    this.base = base;
    this.fb = fb;
    this.model = model;
    this.rowOfSubscriber = base.rowOfSubscriber(scan.subscribers());
  }

  /** For each group (subscriber -> poor event rows), the change in network NPS points. */
  double[] impacts(List<Map<Integer, List<Integer>>> groups) {
    double[] impact = new double[groups.size()];
    int end = fb.endDay();
    int from = fb.windowStart(end);
    List<float[]> x = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();   // {group, base row}
    for (int g = 0; g < groups.size(); g++) {
      for (Map.Entry<Integer, List<Integer>> e : groups.get(g).entrySet()) {
        int row = rowOfSubscriber[e.getKey()];
        if (row < 0) {
          continue;
        }
        float[][] w = fb.window(e.getKey(), end);
        for (int ev : e.getValue()) {
          WindowEdit.removePoor(w, from, scan.poorEvents(), ev, scan.referenceMos());
        }
        x.add(fb.features(e.getKey(), w));
        pairs.add(new int[] {g, row});
        if (x.size() >= ScoredBase.CHUNK) {
          flush(x, pairs, impact);
        }
      }
    }
    flush(x, pairs, impact);
    return impact;
  }

  private void flush(List<float[]> x, List<int[]> pairs, double[] impact) {
    if (x.isEmpty()) {
      return;
    }
    double[] f = ScoredBase.scores(model.predict(x.toArray(new float[0][])));
    for (int i = 0; i < f.length; i++) {
      int[] p = pairs.get(i);
      impact[p[0]] += 100 * (f[i] - base.f()[p[1]]) / base.size();
    }
    x.clear();
    pairs.clear();
  }
}
