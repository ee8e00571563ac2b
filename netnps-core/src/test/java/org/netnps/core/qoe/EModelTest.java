package org.netnps.core.qoe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.netnps.core.qoe.EModel.Parameters;
import org.netnps.core.qoe.EModel.Rating;

/** ITU-T G.107 narrowband E-model pinned to the published and derived reference values. */
class EModelTest {

  @Test
  void defaultParametersGiveThePublishedRating() {
    // manucorporat/e-model README: full G.107 chain at Table 3 defaults, R = 93.206208
    assertEquals(93.206208, EModel.rate(Parameters.DEFAULTS.withCodec(0, 1)).r(), 1e-5);
  }

  @Test
  void impairmentTermsAtDefaultsMatchTheRecommendation() {
    Rating r = EModel.rate(Parameters.DEFAULTS);
    assertEquals(-61.1792, r.no(), 1e-3);
    assertEquals(94.7688, r.ro(), 1e-3);
    assertEquals(0.4402, r.iolr(), 1e-3);
    assertEquals(-0.0007, r.ist(), 1e-3);
    assertEquals(0.9741, r.iq(), 1e-3);
    assertEquals(1.4136, r.is(), 1e-3);
    assertEquals(0.0, r.idte(), 1e-3);
    assertEquals(0.149, r.idle(), 1e-3);
    assertEquals(0.0, r.idd(), 1e-3);
    assertEquals(4.4094, r.mos(), 1e-3);
  }

  @Test
  void packetLossDegradesByTheCodecsRobustness() {
    // research/standards.md 1.1 cross-check table (R / MOS)
    assertRating(0, 25.1, 1, 89.57, 4.33);   // G.711 with PLC
    assertRating(0, 25.1, 10, 66.14, 3.41);
    assertRating(0, 4.3, 2, 63.05, 3.26);    // G.711 without PLC
    assertRating(0, 4.3, 5, 42.13, 2.17);
    assertRating(11, 19.0, 0, 82.21, 4.11);  // G.729A + VAD
    assertRating(11, 19.0, 5, 64.71, 3.34);
  }

  @Test
  void mouthToEarDelayBeyondOneHundredMillisecondsCosts() {
    double at100 = EModel.rate(Parameters.DEFAULTS.withDelay(100)).r();
    double at300 = EModel.rate(Parameters.DEFAULTS.withDelay(300)).r();
    assertEquals(0.0, EModel.rate(Parameters.DEFAULTS.withDelay(100)).idd(), 1e-9);
    assert at300 < at100 - 10 : "300 ms one-way must cost more than 10 R points, was " + (at100 - at300);
  }

  @Test
  void rToMosFollowsAnnexB() {
    assertEquals(4.41, RatingScale.mosFromR(93.2), 0.005);
    assertEquals(4.02, RatingScale.mosFromR(80), 0.005);
    assertEquals(3.60, RatingScale.mosFromR(70), 0.005);
    assertEquals(3.10, RatingScale.mosFromR(60), 0.005);
    assertEquals(2.58, RatingScale.mosFromR(50), 0.005);
    assertEquals(1.0, RatingScale.mosFromR(-3), 0);
    assertEquals(4.5, RatingScale.mosFromR(104), 0);
  }

  private static void assertRating(double ie, double bpl, double ppl, double r, double mos) {
    Rating rating = EModel.rate(Parameters.DEFAULTS.withCodec(ie, bpl).withLoss(ppl, 1));
    assertEquals(r, rating.r(), 0.01, "R at Ie " + ie + ", Bpl " + bpl + ", Ppl " + ppl);
    assertEquals(mos, rating.mos(), 0.006, "MOS at Ie " + ie + ", Bpl " + bpl + ", Ppl " + ppl);
  }
}
