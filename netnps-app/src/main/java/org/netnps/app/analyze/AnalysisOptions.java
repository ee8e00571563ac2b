package org.netnps.app.analyze;

import org.netnps.core.qoe.QoeThresholds;

/**
 * Settings of one analysis: the experience window (days before the answer or the period's end),
 * cross-validation folds, model seed, the smallest group a breakdown shows, the answers a region
 * needs for its own rectifier, the poor-QoE thresholds, and whether to explain every subscriber.
 */
public record AnalysisOptions(int windowDays, int folds, long seed, int minGroup, int minGroupAnswers,
    int maxPlans, QoeThresholds thresholds, boolean reasons, long untilMs) {

  public static AnalysisOptions defaults() {
    return new AnalysisOptions(7, 5, 1, 20, 30, 8, QoeThresholds.DEFAULTS, true, Long.MAX_VALUE);
  }

  /** The same, leaving out records from {@code untilMs} on (the pilot's baseline). */
  public AnalysisOptions until(long ms) {
    return new AnalysisOptions(windowDays, folds, seed, minGroup, minGroupAnswers, maxPlans, thresholds, reasons, ms);
  }

  public AnalysisOptions {
    if (windowDays < 1 || folds < 2 || minGroup < 1 || minGroupAnswers < 1) {
      throw new IllegalArgumentException("window_days >= 1, folds >= 2, min_group >= 1 and "
          + "min_group_answers >= 1 are required, but were " + windowDays + ", " + folds + ", "
          + minGroup + ", " + minGroupAnswers);
    }
  }
}
