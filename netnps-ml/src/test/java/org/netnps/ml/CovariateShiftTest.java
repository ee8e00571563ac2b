package org.netnps.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CovariateShiftTest {

  @Test
  void answersFromAnUnderSurveyedGroupWeighMore() {
    SplittableRandom r = new SplittableRandom(5);
    // base: half heavy users (x = 1); answers: only a fifth heavy users
    float[][] base = new float[20_000][];
    for (int i = 0; i < base.length; i++) {
      base[i] = new float[] {i % 2, (float) r.nextDouble()};
    }
    float[][] answers = new float[1000][];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = new float[] {i % 5 == 0 ? 1 : 0, (float) r.nextDouble()};
    }
    double[] w = CovariateShift.weights(answers, base, 1);
    double heavy = 0;
    double light = 0;
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i];
      if (answers[i][0] == 1) {
        heavy += w[i] / 200;
      } else {
        light += w[i] / 800;
      }
    }
    assertEquals(w.length, sum, 1e-6);
    // the weighted answers are half heavy users, as the base is: 200 heavy x w_h = 800 light x w_l
    assertEquals(1.0, 200 * heavy / (800 * light), 0.15);
    assertTrue(heavy > 2 * light, "heavy " + heavy + " light " + light);
  }
}
