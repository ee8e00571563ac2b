package org.netnps.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProblemDurationsTest {
  @Test
  void theKaplanMeierCurveOfFreireichsSixMpGroupIsTheTextbooks() {
    // remission weeks of the 21 leukaemia patients on 6-MP (Freireich et al. 1963; Kleinbaum & Klein,
    // Survival Analysis, ch. 2): relapses at 6, 6, 6, 7, 10, 13, 16, 22, 23; the other 12 censored
    double[] weeks = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    boolean[] relapsed = {true, true, true, false, true, false, true, false, false, true, true, false, false, false,
        true, true, false, false, false, false, false};
    ProblemDurations km = ProblemDurations.of(weeks, relapsed);
    assertEquals(1.0, km.survival(5.9), 1e-12);
    assertEquals(0.8571, km.survival(6), 1e-4);
    assertEquals(0.8067, km.survival(7), 1e-4);
    assertEquals(0.7529, km.survival(10), 1e-4);
    assertEquals(0.6902, km.survival(13), 1e-4);
    assertEquals(0.6275, km.survival(16), 1e-4);
    assertEquals(0.5378, km.survival(22), 1e-4);
    assertEquals(0.4482, km.survival(23), 1e-4);
    assertEquals(0.4482, km.survival(35), 1e-4, "flat after the last relapse up to the longest remission");
    // beyond it Brown, Hollander and Korwar's tail: S(35)^(t / 35), S(35) = 0.448179
    assertEquals(Math.pow(0.448179, 100 / 35.0), km.survival(100), 1e-6);
    assertEquals(0.10096, km.survival(100), 1e-5);
  }

  @Test
  void aProblemGoesOnForTheMeanRemainingDurationOfThoseThatLastedLonger() {
    ProblemDurations km = ProblemDurations.of(new double[] {1, 2, 3, 4}, new boolean[] {true, true, true, true});
    assertEquals(2.5, km.expectedRemaining(0, 10), 1e-12, "the mean duration");
    assertEquals(1.5, km.expectedRemaining(2, 10), 1e-12, "3 or 4: one or two more");
    assertEquals(1.0, km.expectedRemaining(2, 1), 1e-12, "both outlast a horizon of 1");
    assertEquals(1.0, km.expectedRemaining(2.5, 10), 1e-12, "3 or 4 from 2.5: 0.5 or 1.5");
  }

  @Test
  void aProblemOlderThanEveryOneThatEndedFadesAlongTheTailAndOneOfAKindThatNeverEndedPersists() {
    // transport problems ended after 1 and 2 days; one still going on after 14: S(14) = 1/3, then
    // S(t) = (1/3)^(t / 14), so S(t) / S(14) = (1/3)^((t - 14) / 14): 14 / ln 3 (1 - 3^(-1/2)) of 7 days more
    ProblemDurations km = ProblemDurations.of(new double[] {1, 2, 14}, new boolean[] {true, true, false});
    assertEquals(14 / Math.log(3) * (1 - 1 / Math.sqrt(3)), km.expectedRemaining(14, 7), 1e-12);
    assertEquals(5.38597, km.expectedRemaining(14, 7), 1e-5);
    assertEquals(7, ProblemDurations.of(new double[] {3}, new boolean[] {false}).expectedRemaining(3, 7), 1e-12,
        "nothing ended: it persists");
    assertEquals(0, ProblemDurations.of(new double[] {1, 2}, new boolean[] {true, true}).survival(3), 1e-12,
        "the longest ended: none lasts longer");
    // one ended at 2, one still going at 6: S = 1/2 flat from 2 to 6, then (1/2)^(t / 6); from age 4 over 10 more:
    // (1/2 x 2 + integral of (1/2)^(t / 6) from 6 to 14) / (1/2)
    ProblemDurations two = ProblemDurations.of(new double[] {2, 6}, new boolean[] {true, false});
    double r = Math.log(0.5) / 6;
    assertEquals((0.5 * 2 + (Math.exp(14 * r) - Math.exp(6 * r)) / r) / 0.5, two.expectedRemaining(4, 10), 1e-12);
    assertEquals(7.22097, two.expectedRemaining(4, 10), 1e-5);
  }

  @Test
  void badInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ProblemDurations.of(new double[] {1}, new boolean[] {}));
    assertThrows(IllegalArgumentException.class,
        () -> ProblemDurations.of(new double[] {-1}, new boolean[] {true}));
  }
}
