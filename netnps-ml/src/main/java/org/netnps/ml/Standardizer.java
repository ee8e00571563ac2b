package org.netnps.ml;

/**
 * Centres and scales features with training-set means and standard deviations, and puts the mean
 * in for missing values: what a linear model needs (trees need neither).
 */
final class Standardizer {
  private final double[] mean;
  private final double[] sd;

  Standardizer(double[] mean, double[] sd) {
    this.mean = mean;
    this.sd = sd;
  }

  static Standardizer fit(float[][] x) {
    int m = x.length == 0 ? 0 : x[0].length;
    double[] mean = new double[m];
    double[] sd = new double[m];
    for (int j = 0; j < m; j++) {
      double s = 0;
      double ss = 0;
      int n = 0;
      for (float[] row : x) {
        if (!Float.isNaN(row[j])) {
          s += row[j];
          ss += (double) row[j] * row[j];
          n++;
        }
      }
      mean[j] = n == 0 ? 0 : s / n;
      double var = n == 0 ? 0 : ss / n - mean[j] * mean[j];
      sd[j] = var > 1e-12 ? Math.sqrt(var) : 1;
    }
    return new Standardizer(mean, sd);
  }

  double[] means() {
    return mean.clone();
  }

  double[] sds() {
    return sd.clone();
  }

  float[][] apply(float[][] x) {
    float[][] out = new float[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = new float[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        out[i][j] = Float.isNaN(x[i][j]) ? 0f : (float) ((x[i][j] - mean[j]) / sd[j]);
      }
    }
    return out;
  }
}
