package org.netnps.ml;

import ml.dmlc.xgboost4j.java.Booster;

/**
 * Trains the NPS model: K-fold cross-validation by subscriber gives out-of-fold probabilities
 * (for calibration, the hold-out metrics and the prediction-powered NPS) for gradient-boosted
 * trees and for a multinomial logistic-regression baseline on the same folds.
 */
public final class NpsModelTrainer {
  /** Fewest answers per cross-validation fold. */
  public static final int MIN_ROWS_PER_FOLD = 10;
  /** Rounds of the linear model's coordinate descent. */
  private static final int LINEAR_ROUNDS = 60;

  private NpsModelTrainer() {}

  /**
   * What training produced, all on hold-out data except the final model itself: the chosen
   * model's out-of-fold probabilities and metrics, and both candidates' metrics.
   */
  public record Result(NpsModel model, double[][] outOfFold, Metrics metrics, Metrics trees, Metrics baseline,
      ReliabilityTable detractorReliability, ReliabilityTable promoterReliability, int folds,
      Hyperparameters hyperparameters) {}

  /**
   * Cross-validates gradient-boosted trees and the logistic-regression baseline on the same
   * folds, calibrates each with its own temperature, and keeps the one with the lower hold-out
   * log-loss (the baseline wins when the answers are too few or too noisy for trees to add
   * anything); that kind is then trained on every answer.
   */
  public static Result train(TrainingSet set, Hyperparameters hp, int folds) {
    if (set.rows() < MIN_ROWS_PER_FOLD * folds) {
      throw new IllegalArgumentException("too few survey answers to train and cross-validate: "
          + set.rows() + " (need at least " + MIN_ROWS_PER_FOLD * folds + ")");
    }
    Folds f = new Folds(set.group(), folds, hp.seed());
    float[][] treeMargins = new float[set.rows()][];
    float[][] linearMargins = new float[set.rows()][];
    for (int k = 0; k < f.count(); k++) {
      TrainingSet train = set.subset(f.train(k));
      int[] testRows = f.test(k);
      TrainingSet test = set.subset(testRows);
      Booster b = Boosters.train(train.x(), train.y(), hp.treeParams(), hp.rounds());
      float[][] m = Boosters.margins(b, test.x());
      b.dispose();
      Standardizer std = Standardizer.fit(train.x());
      Booster lin = Boosters.train(std.apply(train.x()), train.y(), hp.linearParams(), LINEAR_ROUNDS);
      float[][] ml = Boosters.margins(lin, std.apply(test.x()));
      lin.dispose();
      for (int i = 0; i < testRows.length; i++) {
        treeMargins[testRows[i]] = m[i];
        linearMargins[testRows[i]] = ml[i];
      }
    }
    double tTree = TemperatureScaling.fit(treeMargins, set.y());
    double tLinear = TemperatureScaling.fit(linearMargins, set.y());
    double[][] treeOof = TemperatureScaling.softmax(treeMargins, tTree);
    double[][] linearOof = TemperatureScaling.softmax(linearMargins, tLinear);
    Metrics trees = Metrics.of(treeOof, set.y());
    Metrics baseline = Metrics.of(linearOof, set.y());
    boolean linear = baseline.logLoss() < trees.logLoss();
    double[][] oof = linear ? linearOof : treeOof;
    NpsModel model;
    if (linear) {
      Standardizer std = Standardizer.fit(set.x());
      model = new NpsModel(Boosters.train(std.apply(set.x()), set.y(), hp.linearParams(), LINEAR_ROUNDS), tLinear,
          set.featureNames(), std);
    } else {
      model = new NpsModel(Boosters.train(set.x(), set.y(), hp.treeParams(), hp.rounds()), tTree,
          set.featureNames(), null);
    }
    return new Result(model, oof, linear ? baseline : trees, trees, baseline, ReliabilityTable.of(oof, set.y(), 0),
        ReliabilityTable.of(oof, set.y(), 2), folds, hp);
  }
}
