package org.netnps.core.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netnps.core.nps.PredictionPoweredNps.Rectifier;

class NpsStatisticsTest {

  @Test
  void surveyNpsAndItsWaldIntervalFollowTheMultinomialVariance() {
    // research/standards.md 5 test vectors: 50/30/20 -> 30.00, SE 7.8102, CI [14.6919, 45.3081]
    NpsEstimate e = SurveyNps.of(50, 30, 20);
    assertEquals(30.0, e.nps(), 1e-9);
    assertEquals(7.8102, SurveyNps.standardError(0.5, 0.2, 100), 1e-4);
    assertEquals(14.6919, e.lo(), 1e-3);
    assertEquals(45.3081, e.hi(), 1e-3);
    assertEquals(22.1359, SurveyNps.standardError(0.2, 0.3, 10), 1e-4);
    assertEquals(-10.0, SurveyNps.of(2, 5, 3).nps(), 1e-9);
    NpsEstimate cybaea = SurveyNps.of(177, 112, 93);   // 21.99, SE 4.152, CI [13.85, 30.13]
    assertEquals(21.99, cybaea.nps(), 0.005);
    assertEquals(13.85, cybaea.lo(), 0.01);
  }

  @Test
  void theRectifierRemovesAMiscalibratedModelsBiasAndTheIntervalCoversTheTruth() {
    SplittableRandom r = new SplittableRandom(3);
    int covered = 0;
    int runs = 300;
    double worstBiasNaive = 0;
    for (int run = 0; run < runs; run++) {
      int n = 20_000;
      double[] truth = new double[n];
      double[] f = new double[n];
      double truthSum = 0;
      for (int i = 0; i < n; i++) {
        truth[i] = Math.tanh(r.nextGaussian());       // E[y | x] for subscriber i
        f[i] = 0.6 * truth[i] + 0.15;                 // shrunk and shifted: a miscalibrated model
        truthSum += truth[i];
      }
      int answers = 800;
      double[] y = new double[answers];
      double[] fl = new double[answers];
      for (int a = 0; a < answers; a++) {
        int i = r.nextInt(n);
        y[a] = draw(truth[i], r);
        fl[a] = f[i];
      }
      NpsEstimate e = PredictionPoweredNps.estimate(f, Rectifier.of(y, fl));
      double target = 100 * truthSum / n;
      covered += e.covers(target) ? 1 : 0;
      double naive = 0;
      for (double v : f) {
        naive += v;
      }
      worstBiasNaive = Math.max(worstBiasNaive, Math.abs(100 * naive / n - target));
    }
    assertTrue(worstBiasNaive > 10, "the model alone is biased by " + worstBiasNaive);
    assertTrue(covered >= 0.92 * runs && covered <= 0.98 * runs, "coverage " + covered + "/" + runs);
  }

  @Test
  void groupsBelowTheMinimumAreNotShownAndSmallGroupsBorrowThePooledRectifier() {
    double[] f = {0.1, 0.1, 0.1, -0.2, -0.2};
    int[] group = {0, 0, 0, 1, 1};
    double[] y = {1, 0, -1, 1};
    double[] fo = {0.1, 0.1, 0.1, -0.2};
    int[] ga = {0, 0, 0, 1};
    Rectifier pooled = Rectifier.of(y, fo);
    List<NpsBreakdown.Group> g = NpsBreakdown.of(f, group, y, fo, ga, 2, pooled, 3, 3);
    assertEquals(1, g.size());
    assertEquals(0, g.get(0).key());
    assertTrue(g.get(0).ownRectifier());
    List<NpsBreakdown.Group> both = NpsBreakdown.of(f, group, y, fo, ga, 2, pooled, 2, 3);
    assertFalse(both.get(1).ownRectifier());
    assertEquals(100 * (-0.2 + pooled.mean()), both.get(1).network().nps(), 1e-9);
  }

  private static double draw(double expected, SplittableRandom r) {
    // a class with mean `expected`: promoter p, detractor d, p - d = expected, passives 0.3 (1 - |e|)
    double decided = 1 - 0.3 * (1 - Math.abs(expected));
    double p = (decided + expected) / 2;
    double d = (decided - expected) / 2;
    double u = r.nextDouble();
    return u < p ? 1 : u < p + d ? -1 : 0;
  }
}
