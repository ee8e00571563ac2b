package org.netnps.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Fisher's randomisation test of a treated-against-held-out comparison, on splits counted by hand. */
class RandomisationInferenceTest {
  @Test
  void theMostExtremeOfTwentySplitsHasPOneTenth() {
    // 6 units, 3 treated: C(6, 3) = 20 splits; only the observed one and its mirror differ by 3
    assertEquals(0.1, RandomisationInference.pValue(new double[] {4, 5, 6}, new double[] {1, 2, 3}, 1000, 1), 1e-12);
    assertEquals(0.1, RandomisationInference.pValue(new double[] {1, 2, 3}, new double[] {4, 5, 6}, 1000, 1), 1e-12);
  }

  @Test
  void aSplitInTheMiddleOfTheOthersHasALargeP() {
    // treated {1, 6} against {2, 3, 4, 5}: difference 0; every one of the C(6, 2) = 15 splits is as far
    assertEquals(1.0, RandomisationInference.pValue(new double[] {1, 6}, new double[] {2, 3, 4, 5}, 1000, 1), 1e-12);
    // treated {5, 6} against {1, 2, 3, 4}: difference 3; reached by {5, 6} and by {1, 2} (-3): 2 of 15
    assertEquals(2.0 / 15, RandomisationInference.pValue(new double[] {5, 6}, new double[] {1, 2, 3, 4}, 1000, 1),
        1e-12);
  }

  @Test
  void drawnSplitsAgreeWithAllSplitsAndNeverGiveZero() {
    SplittableRandom r = new SplittableRandom(3);
    double[] treated = new double[8];
    double[] heldOut = new double[9];
    for (int i = 0; i < treated.length; i++) {
      treated[i] = 0.6 + r.nextGaussian();
    }
    for (int i = 0; i < heldOut.length; i++) {
      heldOut[i] = r.nextGaussian();
    }
    double exact = RandomisationInference.pValue(treated, heldOut, 30_000, 1);   // C(17, 8) = 24,310: all counted
    double drawn = RandomisationInference.pValue(treated, heldOut, 20_000, 1);
    assertEquals(exact, drawn, 0.01, "20,000 draws are within 0.01 of the exact p " + exact);
    double[] far = {100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111};
    double[] near = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    assertEquals(1.0 / 1001, RandomisationInference.pValue(far, near, 1000, 1), 1e-12,
        "C(24, 12) splits, 1,000 drawn: none as far, p = 1 / 1,001");
    assertTrue(RandomisationInference.splits(24, 12) > 2e6);
  }
}
