package org.netnps.app.twin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.FeatureSet;
import org.netnps.core.experience.RadioExposure;
import org.netnps.core.experience.SessionView;
import org.netnps.core.experience.SubscriberAttributes;
import org.netnps.core.qoe.QoeThresholds;
import org.netnps.core.qoe.SessionScore;
import org.netnps.core.qoe.SessionScorer;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.XdrRecord;
import org.netnps.ml.NpsModel;
import org.netnps.sim.population.Population;

/**
 * How a twin subscriber's satisfaction responds to a what-if run, by netnps's own model rather than
 * the simulator's behaviour: the run's sessions are scored with the product's QoE models into day
 * counters per subscriber (as {@code analyze} does), the run's days fill the NPS model's window
 * (repeated when the run is shorter: a steady state in which every day is like the twin's; by
 * default a run is as long as the window, see DatasetTwin.Options), and the model gives
 * P(promoter) - P(detractor) with the subscriber's own plan, device and tenure. Thresholds are the
 * default QoE thresholds.
 */
public final class TwinResponse {
  private final NpsModel model;
  private final FeatureSet set;
  private final SubscriberAttributes[] attributes;
  private final Map<String, Integer> twinIndex = new HashMap<>();
  private final int size;

  TwinResponse(AnalysisResult analysis, Population pop, int[] datasetIndex) {
    this.model = analysis.model().model();
    this.set = analysis.featureSet();
    this.size = pop.size;
    this.attributes = new SubscriberAttributes[pop.size];
    for (int t = 0; t < pop.size; t++) {
      twinIndex.put(pop.id[t], t);
      attributes[t] = analysis.scan().customers().attributes(datasetIndex[t], set.plans());
    }
  }

  /** A sink for one what-if run's sessions. */
  Capture capture() {
    return new Capture();
  }

  /** The sessions of one run, scored into day counters per twin subscriber. */
  final class Capture extends DatasetSink.Ignoring {
    private final SessionScorer scorer = new SessionScorer(QoeThresholds.DEFAULTS);
    private final RadioExposure radio = new RadioExposure(QoeThresholds.DEFAULTS.weakRsrpDbm(),
        QoeThresholds.DEFAULTS.lowSinrDb());
    private final SessionScore score = new SessionScore();
    private final ExperienceAccumulator[] profiles = new ExperienceAccumulator[size];
    final long[] sessions = new long[size];

    @Override
    public void xdr(XdrRecord x) {
      Integer t = twinIndex.get(x.subscriberId);
      if (t == null) {
        return;
      }
      scorer.score(x, score);
      if (profiles[t] == null) {
        profiles[t] = new ExperienceAccumulator();
      }
      profiles[t].add(new SessionView(x, score).at(-1, 0), radio);   // added, not kept: a view will do
      sessions[t]++;
    }

    /** P(promoter) - P(detractor) per twin subscriber by the NPS model; NaN for one without sessions. */
    double[] netScores() {
      List<Integer> seen = new ArrayList<>();
      for (int t = 0; t < size; t++) {
        if (profiles[t] != null) {
          seen.add(t);
        }
      }
      float[][] x = new float[seen.size()][];
      for (int k = 0; k < x.length; k++) {
        x[k] = set.compute(steadyWindow(profiles[seen.get(k)]), attributes[seen.get(k)]);
      }
      double[][] p = x.length == 0 ? new double[0][] : model.predict(x);
      double[] f = new double[size];
      Arrays.fill(f, Double.NaN);
      for (int k = 0; k < x.length; k++) {
        f[seen.get(k)] = p[k][2] - p[k][0];
      }
      return f;
    }

    /** The run's last days, most recent last, repeated if need be to the model's window length. */
    private float[][] steadyWindow(ExperienceAccumulator a) {
      float[][] days = a.window(a.firstDay(), a.lastDay() + 1);
      float[][] w = new float[set.windowDays()][];
      for (int k = 0; k < w.length; k++) {
        w[w.length - 1 - k] = days[days.length - 1 - k % days.length].clone();
      }
      return w;
    }
  }
}
