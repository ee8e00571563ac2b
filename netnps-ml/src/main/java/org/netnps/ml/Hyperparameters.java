package org.netnps.ml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XGBoost settings of the NPS model; shallow trees keep TreeSHAP affordable for every subscriber.
 * {@code ridges} are the L2 penalties the logistic regression is cross-validated with (XGBoost's
 * linear booster divides the penalty by the number of rows, as glmnet does: 0.01 is a light
 * penalty, 1 a heavy one).
 */
public record Hyperparameters(int rounds, int maxDepth, double eta, double subsample,
    double colsampleByTree, double minChildWeight, double lambda, List<Double> ridges, long seed, int threads) {
  /** The logistic regression's L2 penalties tried, half a decade apart. */
  public static final List<Double> RIDGES = List.of(0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);

  /**
   * One XGBoost thread: the answers are a few thousand rows, too few for OpenMP's threads to pay;
   * with two, two trainings on the same two cores (analyze beside a test run) spun against each
   * other and one took 21 minutes instead of 13 s (docs/nps-model.md).
   */
  public static Hyperparameters defaults(long seed) {
    return new Hyperparameters(300, 3, 0.03, 0.8, 0.6, 10, 5, RIDGES, seed, 1);
  }

  public Hyperparameters {
    if (rounds < 1 || maxDepth < 1 || !(eta > 0) || threads < 1) {
      throw new IllegalArgumentException("rounds, max_depth, eta and threads must be positive: " + this);
    }
    if (ridges.isEmpty() || ridges.stream().anyMatch(r -> !(r >= 0))) {
      throw new IllegalArgumentException("the logistic regression needs at least one L2 penalty >= 0: " + ridges);
    }
    ridges = List.copyOf(ridges);
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

  /** The multinomial logistic regression baseline (XGBoost's linear booster) with an L2 penalty. */
  Map<String, Object> linearParams(double ridge) {
    Map<String, Object> p = common();
    p.put("booster", "gblinear");
    p.put("updater", "coord_descent");
    p.put("lambda", ridge);
    p.put("eta", 0.5);
    return p;
  }

  /** As a map for the model file. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>(treeParams());
    m.put("rounds", rounds);
    m.put("logistic_ridges", ridges);
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
