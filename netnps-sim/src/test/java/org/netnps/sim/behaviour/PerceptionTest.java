package org.netnps.sim.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netnps.core.domain.Codec;

/** The simulator's ground truth of perception, against the worked values of research/simulator.md 3. */
class PerceptionTest {

  @ParameterizedTest(name = "R {0} -> MOS {1}")
  @CsvSource({"93.2, 4.41", "80, 4.02", "70, 3.60", "60, 3.10", "50, 2.58"})
  void emodelRatingToMos(double r, double mos) {
    assertEquals(mos, Perception.mosOfRating(r), 0.01);
  }

  @Test
  void aCleanCallIsFineAndALossyLateOneIsNot() {
    assertEquals(0, Perception.voice(false, false, Codec.EVS, 0, 150, 1800), 1e-9);
    assertTrue(Perception.voice(false, false, Codec.AMR_NB, 8, 350, 1800) >= Perception.SEVERE);
    assertEquals(1, Perception.voice(true, false, Codec.EVS, 0, 0, 0));
  }

  @Test
  void stallsFollowTheFtwModel() {
    assertEquals(0, Perception.video(false, 0, 0, 1000, 1080), 1e-9);
    // one 3 s stall: MOS = 3.5 exp(-(0.15 x 3 + 0.19)) + 1.5 = 3.35
    assertEquals((5 - 3.346) / 3.5, Perception.video(false, 1, 3000, 1000, 1080), 0.002);
    assertTrue(Perception.video(false, 3, 9000, 1000, 1080) >= Perception.SEVERE);
  }

  @Test
  void pageLoadsFromThreeToFifteenSeconds() {
    assertEquals(0, Perception.web(false, 2500), 1e-9);
    assertEquals(0.5, Perception.web(false, 3000 * Math.sqrt(5)), 1e-9);
    assertEquals(1, Perception.web(false, 20_000), 1e-9);
  }

  @Test
  void answerModelClassProbabilities() {
    assertEquals(0.5, Satisfaction.pDetractor(6.5), 1e-9);
    assertEquals(0.5, Satisfaction.pPromoter(8.5), 1e-9);
    double p = 7.5;
    double passive = 1 - Satisfaction.pDetractor(p) - Satisfaction.pPromoter(p);
    assertTrue(passive > Satisfaction.pDetractor(p) && passive > Satisfaction.pPromoter(p));
  }
}
