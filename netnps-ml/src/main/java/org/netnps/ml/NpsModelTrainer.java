package org.netnps.ml;

import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;

/**
 * Trains the NPS model: K-fold cross-validation by subscriber gives out-of-fold probabilities
 * (for calibration, the hold-out metrics and the prediction-powered NPS) for gradient-boosted
 * trees and for a multinomial logistic-regression baseline on the same folds, the baseline at
 * each L2 penalty of {@link Hyperparameters#ridges()}.
 */
public final class NpsModelTrainer {
  /** Fewest answers per cross-validation fold. */
  public static final int MIN_ROWS_PER_FOLD = 10;
  /** Rounds of the linear model's coordinate descent. */
  private static final int LINEAR_ROUNDS = 60;

  private NpsModelTrainer() {}

  /**
   * What training produced, all on hold-out data except the final model itself: the chosen
   * model's out-of-fold probabilities and metrics, both candidates' metrics (the baseline's at its
   * best penalty, {@code ridge}) and the baseline's metrics at every penalty tried.
   */
  public record Result(NpsModel model, double[][] outOfFold, Metrics metrics, Metrics trees, Metrics baseline,
      ReliabilityTable detractorReliability, ReliabilityTable promoterReliability, int folds,
      Hyperparameters hyperparameters, double ridge, List<Ridge> ridges) {}

  /** The logistic regression's hold-out metrics at one L2 penalty. */
  public record Ridge(double penalty, Metrics metrics) {}

  /**
   * Cross-validates gradient-boosted trees and the logistic-regression baseline (at each penalty)
   * on the same folds, calibrates each with its own temperature, and keeps the one with the lower
   * hold-out log-loss (the baseline wins when the answers are too few or too noisy for trees to
   * add anything); that kind is then trained on every answer. The penalty is chosen on the same
   * out-of-fold predictions the metrics are computed on: a choice among a few values, whose
   * optimism is small, as the temperature's.
   */
  public static Result train(TrainingSet set, Hyperparameters hp, int folds) {
    if (set.rows() < MIN_ROWS_PER_FOLD * folds) {
      throw new IllegalArgumentException("too few survey answers to train and cross-validate: "
          + set.rows() + " (need at least " + MIN_ROWS_PER_FOLD * folds + ")");
    }
    Folds f = new Folds(set.group(), folds, hp.seed());
    List<Double> ridges = hp.ridges();
    float[][] treeMargins = new float[set.rows()][];
    float[][][] linearMargins = new float[ridges.size()][set.rows()][];
    for (int k = 0; k < f.count(); k++) {
      TrainingSet train = set.subset(f.train(k));
      int[] testRows = f.test(k);
      TrainingSet test = set.subset(testRows);
      Booster b = Boosters.train(train.x(), train.y(), hp.treeParams(), hp.rounds());
      place(Boosters.margins(b, test.x()), testRows, treeMargins);
      b.dispose();
      Standardizer std = Standardizer.fit(train.x());
      float[][] trainX = std.apply(train.x());
      float[][] testX = std.apply(test.x());
      for (int r = 0; r < ridges.size(); r++) {
        Booster lin = Boosters.train(trainX, train.y(), hp.linearParams(ridges.get(r)), LINEAR_ROUNDS);
        place(Boosters.margins(lin, testX), testRows, linearMargins[r]);
        lin.dispose();
      }
    }
    Calibrated tree = Calibrated.of(treeMargins, set.y());
    List<Ridge> path = new ArrayList<>();
    Calibrated logistic = null;
    int best = 0;
    for (int r = 0; r < ridges.size(); r++) {
      Calibrated c = Calibrated.of(linearMargins[r], set.y());
      path.add(new Ridge(ridges.get(r), c.metrics()));
      if (logistic == null || c.metrics().logLoss() < logistic.metrics().logLoss()) {
        logistic = c;
        best = r;
      }
    }
    boolean linear = logistic.metrics().logLoss() < tree.metrics().logLoss();
    Calibrated chosen = linear ? logistic : tree;
    NpsModel model;
    if (linear) {
      Standardizer std = Standardizer.fit(set.x());
      model = new NpsModel(Boosters.train(std.apply(set.x()), set.y(), hp.linearParams(ridges.get(best)),
          LINEAR_ROUNDS), logistic.temperature(), set.featureNames(), std);
    } else {
      model = new NpsModel(Boosters.train(set.x(), set.y(), hp.treeParams(), hp.rounds()), tree.temperature(),
          set.featureNames(), null);
    }
    return new Result(model, chosen.oof(), chosen.metrics(), tree.metrics(), logistic.metrics(),
        ReliabilityTable.of(chosen.oof(), set.y(), 0), ReliabilityTable.of(chosen.oof(), set.y(), 2), folds, hp,
        ridges.get(best), List.copyOf(path));
  }

  /** Out-of-fold margins calibrated with their own temperature, and their metrics. */
  private record Calibrated(double temperature, double[][] oof, Metrics metrics) {
    static Calibrated of(float[][] margins, int[] y) {
      double t = TemperatureScaling.fit(margins, y);
      double[][] p = TemperatureScaling.softmax(margins, t);
      return new Calibrated(t, p, Metrics.of(p, y));
    }
  }

  private static void place(float[][] margins, int[] rows, float[][] into) {
    for (int i = 0; i < rows.length; i++) {
      into[rows[i]] = margins[i];
    }
  }
}
