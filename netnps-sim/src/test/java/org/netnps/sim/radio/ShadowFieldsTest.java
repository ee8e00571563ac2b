package org.netnps.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The separable AR(1) shadowing field: unit variance, correlation exp(-d / d_cor) along an axis. */
class ShadowFieldsTest {

  @Test
  void unitVarianceAndExponentialCorrelation() {
    int size = 400;
    double r = Math.exp(-50.0 / 50);
    float[] f = ShadowFields.field(size, r, new SplittableRandom(7));
    double sum = 0;
    double sum2 = 0;
    double lag1 = 0;
    double lag2 = 0;
    double diag = 0;
    int n = 0;
    for (int y = 1; y < size; y++) {
      for (int x = 2; x < size; x++) {
        double v = f[y * size + x];
        sum += v;
        sum2 += v * v;
        lag1 += v * f[y * size + x - 1];
        lag2 += v * f[y * size + x - 2];
        diag += v * f[(y - 1) * size + x - 1];
        n++;
      }
    }
    assertEquals(0, sum / n, 0.05);
    assertEquals(1, sum2 / n, 0.05);
    assertEquals(r, lag1 / n, 0.03);
    assertEquals(r * r, lag2 / n, 0.03);
    assertEquals(r * r, diag / n, 0.03, "separable: the diagonal neighbour is two steps away");
  }
}
