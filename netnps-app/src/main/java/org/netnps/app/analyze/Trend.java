package org.netnps.app.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.netnps.core.nps.NpsEstimate;
import org.netnps.core.nps.PredictionPoweredNps;
import org.netnps.core.nps.PredictionPoweredNps.Rectifier;

/**
 * Network NPS as of the end of every day of the period: the subscribers seen by then, each
 * scored on the window of days up to that day, with the pooled rectifier. Until the data holds a
 * whole window before a day (the first window-days after the partial first day), the scores see
 * fewer days of experience, hence fewer poor events, and run high: such days are marked.
 */
final class Trend {
  /** One day (UTC date) of the trend; fullWindow when a whole experience window lies before its end. */
  record Day(LocalDate date, NpsEstimate network, boolean fullWindow) {}

  private Trend() {}

  static List<Day> daily(DailyScores scores, Rectifier rect, int windowDays) {
    List<Day> days = new ArrayList<>();
    for (int d = scores.firstDay(); d < scores.firstDay() + scores.days(); d++) {
      days.add(new Day(LocalDate.ofEpochDay(d), PredictionPoweredNps.estimate(scores.seen(d), rect),
          d - scores.firstDay() >= windowDays));
    }
    return days;
  }
}
