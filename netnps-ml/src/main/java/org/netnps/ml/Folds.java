package org.netnps.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** K folds by group (subscriber): every answer of one subscriber lands in the same fold. */
final class Folds {
  private final int[] foldOfRow;
  private final int k;

  Folds(int[] group, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("folds must be >= 2, but was: " + k);
    }
    this.k = k;
    this.foldOfRow = new int[group.length];
    for (int i = 0; i < group.length; i++) {
      foldOfRow[i] = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + group[i]).nextInt(k);
    }
  }

  int count() {
    return k;
  }

  int[] train(int fold) {
    return rows(fold, false);
  }

  int[] test(int fold) {
    return rows(fold, true);
  }

  private int[] rows(int fold, boolean in) {
    List<Integer> r = new ArrayList<>();
    for (int i = 0; i < foldOfRow.length; i++) {
      if ((foldOfRow[i] == fold) == in) {
        r.add(i);
      }
    }
    return r.stream().mapToInt(Integer::intValue).toArray();
  }
}
