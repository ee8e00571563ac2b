package org.netnps.sim;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.netnps.sim.problem.Problem;

/**
 * Everything that determines a SRCON run: the city, its size and period, the seed, and the
 * injected problems (null means the preset's mix). Two runs of one scenario write the same bytes.
 *
 * @param firstDay the first simulated local day
 * @param surveyResponseBias how much more the very unhappy and the very happy answer surveys: the
 *     response propensity is 1 - b/2 + b min(1, |S - 7.5| / 3); 0 (the presets) is a relational
 *     survey whose answers do not depend on satisfaction, 0.5 a strongly U-shaped response
 * @param utcOffsetHours the city's offset from UTC (no daylight saving)
 * @param usersPerLteCell the operator's users per LTE cell whose traffic loads the network: each
 *     simulated subscriber stands for (usersPerLteCell x LTE cells / subscribers) users, so the
 *     load does not depend on how many subscribers are simulated
 */
public record Scenario(String name, Preset preset, long seed, int subscribers, int days,
    LocalDate firstDay, String timezone, int utcOffsetHours, double centreLat, double centreLon,
    double usersPerLteCell, double surveyShare, double surveyResponseBias, List<Problem> problems) {

  public static final LocalDate DEFAULT_FIRST_DAY = LocalDate.of(2026, 3, 2);
  /**
   * Calibrated so the busy-hour PRB utilisation across cells has a median near 45% with about
   * 10-20% of cells above 80% (research/simulator.md 2.3 and 9.5).
   */
  static double usersPerLteCell(Preset preset) {
    return switch (preset) {
      case TINY -> 280;
      case SMALL -> 190;
      case CITY -> 180;
    };
  }

  public static Scenario of(Preset preset, long seed) {
    return new Scenario("srcon-" + preset.name().toLowerCase() + "-" + seed, preset, seed,
        preset.subscribers, preset.days, DEFAULT_FIRST_DAY, "Asia/Kuala_Lumpur", 8, 3.1390, 101.6869,
        usersPerLteCell(preset), 0.04, 0, null);
  }

  public Scenario withSize(int subscribers, int days) {
    return new Scenario(name, preset, seed, subscribers, days, firstDay, timezone, utcOffsetHours,
        centreLat, centreLon, usersPerLteCell, surveyShare, surveyResponseBias, problems);
  }

  public Scenario withProblems(List<Problem> problems) {
    return new Scenario(name, preset, seed, subscribers, days, firstDay, timezone, utcOffsetHours,
        centreLat, centreLon, usersPerLteCell, surveyShare, surveyResponseBias, problems);
  }

  public Scenario withUsersPerLteCell(double users) {
    return new Scenario(name, preset, seed, subscribers, days, firstDay, timezone, utcOffsetHours,
        centreLat, centreLon, users, surveyShare, surveyResponseBias, problems);
  }

  public Scenario withSurveyResponseBias(double bias) {
    if (bias < 0 || bias > 1) {
      throw new IllegalArgumentException("survey_response_bias must be in [0, 1], but was: " + bias);
    }
    return new Scenario(name, preset, seed, subscribers, days, firstDay, timezone, utcOffsetHours,
        centreLat, centreLon, usersPerLteCell, surveyShare, bias, problems);
  }

  /** Epoch ms of the first local midnight. */
  public long start() {
    return firstDay.atStartOfDay().toInstant(ZoneOffset.ofHours(utcOffsetHours)).toEpochMilli();
  }

  public long end() {
    return start() + days * 86_400_000L;
  }

}
