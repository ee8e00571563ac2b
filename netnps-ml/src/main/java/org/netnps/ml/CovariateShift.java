package org.netnps.ml;

import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;

/**
 * Importance weights that make the surveyed answers look like the whole base: a classifier tells
 * base rows from answer rows by their features, and an answer's weight is the odds
 * P(base | x) / P(answer | x) times n_answers / n_base (mean 1 over the answers when the classes are
 * separable only by chance), clipped so no answer counts more than {@link #MAX_WEIGHT}.
 */
public final class CovariateShift {
  public static final double MAX_WEIGHT = 10;
  private static final int ROUNDS = 100;

  private CovariateShift() {}

  public static double[] weights(float[][] answers, float[][] base, long seed) {
    float[][] x = new float[answers.length + base.length][];
    int[] y = new int[x.length];
    System.arraycopy(answers, 0, x, 0, answers.length);
    System.arraycopy(base, 0, x, answers.length, base.length);
    for (int i = 0; i < answers.length; i++) {
      y[i] = 1;
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("objective", "binary:logistic");
    p.put("booster", "gbtree");
    p.put("tree_method", "hist");
    p.put("max_depth", 3);
    p.put("eta", 0.1);
    p.put("min_child_weight", 20);
    p.put("subsample", 0.8);
    p.put("seed", seed);
    p.put("nthread", 2);
    p.put("verbosity", 0);
    p.put("scale_pos_weight", (double) base.length / answers.length);
    Booster b = Boosters.train(x, y, p, ROUNDS);
    float[][] margin = Boosters.margins(b, answers);
    b.dispose();
    double[] w = new double[answers.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      // balanced classes: odds of base over answer = exp(-margin)
      w[i] = Math.min(MAX_WEIGHT, Math.exp(-margin[i][0]));
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] *= w.length / sum;
    }
    return w;
  }
}
