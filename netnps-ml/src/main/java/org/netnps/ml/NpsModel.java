package org.netnps.ml;

import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;

/**
 * The trained NPS model: a multi-class XGBoost booster over the named features (gradient-boosted
 * trees, or the linear booster on standardised features when cross-validation preferred it) and
 * the temperature that calibrates it. Probabilities are (detractor, passive, promoter).
 */
public final class NpsModel {
  /** The two kinds of model the trainer chooses between. */
  public enum Kind { GRADIENT_BOOSTED_TREES, LOGISTIC_REGRESSION }

  private final Booster booster;
  private final double temperature;
  private final List<String> featureNames;
  private final Standardizer standardizer;

  NpsModel(Booster booster, double temperature, List<String> featureNames, Standardizer standardizer) {
    this.booster = booster;
    this.temperature = temperature;
    this.featureNames = List.copyOf(featureNames);
    this.standardizer = standardizer;
  }

  public Kind kind() {
    return standardizer == null ? Kind.GRADIENT_BOOSTED_TREES : Kind.LOGISTIC_REGRESSION;
  }

  Standardizer standardizer() {
    return standardizer;
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public double temperature() {
    return temperature;
  }

  /** Calibrated class probabilities, rows x 3. */
  public double[][] predict(float[][] x) {
    checkWidth(x);
    return TemperatureScaling.softmax(Boosters.margins(booster, inputs(x)), temperature);
  }

  /**
   * TreeSHAP contributions (for the linear model: weight x standardised value, its exact Shapley
   * values) to the detractor-versus-promoter log-odds (the detractor margin minus
   * the promoter margin), rows x (features + 1), the last column the bias; a positive value
   * pushes the subscriber towards detractor.
   */
  public float[][] detractorContributions(float[][] x) {
    checkWidth(x);
    float[][] all = Boosters.contributions(booster, inputs(x));
    int width = featureNames.size() + 1;
    float[][] out = new float[all.length][width];
    for (int i = 0; i < all.length; i++) {
      for (int j = 0; j < width; j++) {
        out[i][j] = all[i][j] - all[i][2 * width + j];
      }
    }
    return out;
  }

  Booster booster() {
    return booster;
  }

  private float[][] inputs(float[][] x) {
    return standardizer == null ? x : standardizer.apply(x);
  }

  private void checkWidth(float[][] x) {
    if (x.length > 0 && x[0].length != featureNames.size()) {
      throw new IllegalArgumentException("rows have " + x[0].length + " features, the model expects "
          + featureNames.size());
    }
  }
}
