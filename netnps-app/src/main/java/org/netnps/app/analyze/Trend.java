package org.netnps.app.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.netnps.core.nps.NpsEstimate;
import org.netnps.core.nps.PredictionPoweredNps;
import org.netnps.core.nps.PredictionPoweredNps.Rectifier;

/**
 * Network NPS as of the end of every day of the period: the subscribers seen by then, each
 * scored on the window of days up to that day, with the pooled rectifier.
 */
final class Trend {
  /** One day (UTC date) of the trend. */
  record Day(LocalDate date, NpsEstimate network) {}

  private Trend() {}

  static List<Day> daily(DailyScores scores, Rectifier rect) {
    List<Day> days = new ArrayList<>();
    for (int d = scores.firstDay(); d < scores.firstDay() + scores.days(); d++) {
      days.add(new Day(LocalDate.ofEpochDay(d), PredictionPoweredNps.estimate(scores.seen(d), rect)));
    }
    return days;
  }
}
