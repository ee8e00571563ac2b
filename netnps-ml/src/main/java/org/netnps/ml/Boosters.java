package org.netnps.ml;

import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** The few XGBoost4J calls the model needs, with its checked errors turned into unchecked ones. */
final class Boosters {
  private Boosters() {}

  static DMatrix matrix(float[][] rows, int[] labels) {
    int n = rows.length;
    int m = n == 0 ? 0 : rows[0].length;
    float[] flat = new float[n * m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(rows[i], 0, flat, i * m, m);
    }
    try {
      DMatrix d = new DMatrix(flat, n, m, Float.NaN);
      if (labels != null) {
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
          y[i] = labels[i];
        }
        d.setLabel(y);
      }
      return d;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not build a matrix of " + n + " x " + m, e);
    }
  }

  static Booster train(float[][] x, int[] y, Map<String, Object> params, int rounds) {
    DMatrix d = matrix(x, y);
    try {
      return XGBoost.train(d, params, rounds, Map.of(), null, null);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed on " + x.length + " rows", e);
    } finally {
      d.dispose();
    }
  }

  /** Raw class margins (log-odds), rows x 3. */
  static float[][] margins(Booster b, float[][] x) {
    DMatrix d = matrix(x, null);
    try {
      return b.predict(d, true, 0);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed on " + x.length + " rows", e);
    } finally {
      d.dispose();
    }
  }

  /** TreeSHAP contributions on the margin: rows x (3 x (features + 1)), class-major. */
  static float[][] contributions(Booster b, float[][] x) {
    DMatrix d = matrix(x, null);
    try {
      return b.predictContrib(d, 0);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost TreeSHAP failed on " + x.length + " rows", e);
    } finally {
      d.dispose();
    }
  }

  static byte[] bytes(Booster b) {
    try {
      return b.toByteArray("ubj");
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot serialise the booster", e);
    }
  }

  static Booster load(byte[] model) {
    try {
      return XGBoost.loadModel(model);
    } catch (XGBoostError | java.io.IOException e) {
      throw new IllegalStateException("cannot load the booster", e);
    }
  }
}
