package org.netnps.ml;

import java.util.List;

/**
 * Surveyed subscribers' features as of their answer, their NPS class (0 detractor, 1 passive,
 * 2 promoter) and a group key (the subscriber) that keeps one subscriber's answers in one fold.
 */
public record TrainingSet(float[][] x, int[] y, int[] group, List<String> featureNames) {
  public TrainingSet {
    if (x.length != y.length || y.length != group.length) {
      throw new IllegalArgumentException("rows " + x.length + ", labels " + y.length + ", groups "
          + group.length + " must agree");
    }
    for (float[] row : x) {
      if (row.length != featureNames.size()) {
        throw new IllegalArgumentException("a row has " + row.length + " features, the set names "
            + featureNames.size());
      }
    }
    featureNames = List.copyOf(featureNames);
  }

  public int rows() {
    return y.length;
  }

  public TrainingSet subset(int[] rows) {
    float[][] sx = new float[rows.length][];
    int[] sy = new int[rows.length];
    int[] sg = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sx[i] = x[rows[i]];
      sy[i] = y[rows[i]];
      sg[i] = group[rows[i]];
    }
    return new TrainingSet(sx, sy, sg, featureNames);
  }
}
