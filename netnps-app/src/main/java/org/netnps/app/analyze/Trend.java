package org.netnps.app.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.nps.NpsEstimate;
import org.netnps.core.nps.PredictionPoweredNps;
import org.netnps.core.nps.PredictionPoweredNps.Rectifier;
import org.netnps.io.scan.ScanResult;
import org.netnps.ml.NpsModel;

/**
 * Network NPS as of the end of every day of the period: the subscribers seen by then, each
 * scored on the window of days up to that day, with the pooled rectifier.
 */
final class Trend {
  /** One day (UTC date) of the trend. */
  record Day(LocalDate date, NpsEstimate network) {}

  private Trend() {}

  static List<Day> daily(ScanResult scan, FeatureBuilder fb, ScoredBase base, NpsModel model, Rectifier rect) {
    int first = ExperienceAccumulator.dayOf(scan.periodStartMs());
    int end = fb.endDay();
    List<Day> days = new ArrayList<>();
    for (int d = first; d < end; d++) {
      List<float[]> x = new ArrayList<>();
      for (int s : base.subscribers()) {
        if (scan.profiles()[s].firstDay() <= d) {
          x.add(fb.features(s, d + 1));
        }
      }
      double[] f = ScoredBase.scores(ScoredBase.predict(model, x.toArray(new float[0][])));
      days.add(new Day(LocalDate.ofEpochDay(d), PredictionPoweredNps.estimate(f, rect)));
    }
    return days;
  }
}
