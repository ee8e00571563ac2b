package org.netnps.ml;

import java.util.LinkedHashMap;
import java.util.Map;

/** XGBoost settings of the NPS model; shallow trees keep TreeSHAP affordable for every subscriber. */
public record Hyperparameters(int rounds, int maxDepth, double eta, double subsample,
    double colsampleByTree, double minChildWeight, double lambda, long seed, int threads) {

  public static Hyperparameters defaults(long seed) {
    return new Hyperparameters(300, 3, 0.03, 0.8, 0.6, 10, 5, seed, 2);
  }

  public Hyperparameters {
    if (rounds < 1 || maxDepth < 1 || !(eta > 0) || threads < 1) {
      throw new IllegalArgumentException("rounds, max_depth, eta and threads must be positive: " + this);
    }
  }

  /** The multi-class tree booster's parameters. */
  Map<String, Object> treeParams() {
    Map<String, Object> p = common();
    p.put("booster", "gbtree");
    p.put("tree_method", "hist");
    p.put("max_depth", maxDepth);
    p.put("eta", eta);
    p.put("subsample", subsample);
    p.put("colsample_bytree", colsampleByTree);
    p.put("min_child_weight", minChildWeight);
    p.put("lambda", lambda);
    return p;
  }

  /** The multinomial logistic regression baseline (XGBoost's linear booster, L2-regularised). */
  Map<String, Object> linearParams() {
    Map<String, Object> p = common();
    p.put("booster", "gblinear");
    p.put("updater", "coord_descent");
    p.put("lambda", 1.0);
    p.put("eta", 0.5);
    return p;
  }

  /** As a map for the model file. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>(treeParams());
    m.put("rounds", rounds);
    return m;
  }

  private Map<String, Object> common() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("objective", "multi:softprob");
    p.put("num_class", 3);
    p.put("seed", seed);
    p.put("nthread", threads);
    p.put("verbosity", 0);
    return p;
  }
}
