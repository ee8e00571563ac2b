package org.netnps.app.analyze;

import org.netnps.ml.NpsModel;

/**
 * Every subscriber seen in the xDRs, scored as of the period's end: subscriber indexes, their
 * features, calibrated class probabilities and f = p_promoter - p_detractor.
 */
record ScoredBase(int[] subscribers, float[][] features, double[][] p, double[] f) {
  static final int CHUNK = 50_000;

  static ScoredBase score(FeatureBuilder fb, boolean[] seen, NpsModel model) {
    int n = 0;
    for (boolean s : seen) {
      n += s ? 1 : 0;
    }
    int[] subs = new int[n];
    int k = 0;
    for (int i = 0; i < seen.length; i++) {
      if (seen[i]) {
        subs[k++] = i;
      }
    }
    float[][] x = new float[n][];
    int end = fb.endDay();
    for (int i = 0; i < n; i++) {
      x[i] = fb.features(subs[i], end);
    }
    double[][] p = predict(model, x);
    return new ScoredBase(subs, x, p, scores(p));
  }

  int size() {
    return subscribers.length;
  }

  /** The base row of each subscriber index (-1 for those not scored). */
  int[] rowOfSubscriber(int subscriberCount) {
    int[] rows = new int[subscriberCount];
    java.util.Arrays.fill(rows, -1);
    for (int i = 0; i < subscribers.length; i++) {
      rows[subscribers[i]] = i;
    }
    return rows;
  }

  /** Predictions in chunks, so the native matrix stays small. */
  static double[][] predict(NpsModel model, float[][] x) {
    double[][] p = new double[x.length][];
    for (int from = 0; from < x.length; from += CHUNK) {
      int to = Math.min(x.length, from + CHUNK);
      double[][] part = model.predict(java.util.Arrays.copyOfRange(x, from, to));
      System.arraycopy(part, 0, p, from, part.length);
    }
    return p;
  }

  static double[] scores(double[][] p) {
    double[] f = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      f[i] = p[i][2] - p[i][0];
    }
    return f;
  }

  static double mean(double[][] p, int cls) {
    double s = 0;
    for (double[] row : p) {
      s += row[cls];
    }
    return p.length == 0 ? Double.NaN : s / p.length;
  }
}
