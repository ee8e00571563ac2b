package org.netnps.core.qoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netnps.core.domain.Codec;

/** G.107.1 wideband scale, pinned to NormB/sipnab's published vectors (MIT/Apache-2.0). */
class WidebandEModelTest {

  @Test
  void wideBandEquipmentImpairmentsMapToPublishedMos() {
    double[] ie = {0, 1, 8, 13, 41, 56};
    double[] mos = {4.5000, 4.4940, 4.4206, 4.3371, 3.5123, 2.9220};
    for (int i = 0; i < ie.length; i++) {
      assertEquals(mos[i], RatingScale.WIDEBAND.mos(129 - ie[i]), 5e-4, "Ie,WB " + ie[i]);
    }
  }

  @Test
  void amrWb1265DioticAtTwoPercentLoss() {
    double ieEff = EModel.effectiveEquipmentImpairment(20, 4.3, 2.0, 1);
    assertEquals(43.8095, ieEff, 1e-3);
    assertEquals(3.4062, RatingScale.WIDEBAND.mos(129 - ieEff), 1e-3);
  }

  @Test
  void callsAreRatedOnTheirCodecsOwnScale() {
    assertEquals(RatingScale.NARROWBAND, VoiceQoe.rate(Codec.AMR_NB, 12.2, 0, 0, 0).scale());
    assertEquals(RatingScale.WIDEBAND, VoiceQoe.rate(Codec.AMR_WB, 12.65, 0, 0, 0).scale());
    assertEquals(RatingScale.FULLBAND, VoiceQoe.rate(Codec.EVS, 13.2, 0, 0, 0).scale());
    // AMR-WB 12.65 (Ie,WB 13) with no loss and no delay: R_WB = 116
    assertEquals(116, VoiceQoe.rate(Codec.AMR_WB, 12.65, 0, 0, 0).r(), 1e-9);
  }

  @Test
  void theTabulatedDelayGivesTheFullG107Chain() {
    for (double delay = 0; delay < 600; delay += 37.3) {
      for (double loss : new double[] {0, 0.7, 3}) {
        double full = EModel.rate(EModel.Parameters.DEFAULTS.withCodec(5, 10).withLoss(loss, 1).withDelay(delay)).r();
        assertEquals(full, VoiceQoe.rate(Codec.AMR_NB, 12.2, loss, 0, delay).r(), 0.01, "delay " + delay + ", loss " + loss);
      }
    }
  }

  @Test
  void lossJitterAndDelayLowerVoiceMos() {
    double clean = VoiceQoe.rate(Codec.AMR_WB, 12.65, 0, 2, 80).mos();
    assertTrue(VoiceQoe.rate(Codec.AMR_WB, 12.65, 3, 2, 80).mos() < clean - 0.5);
    assertTrue(VoiceQoe.rate(Codec.AMR_WB, 12.65, 0, 60, 80).mos() < clean);
    assertTrue(VoiceQoe.rate(Codec.AMR_WB, 12.65, 0, 2, 350).mos() < clean - 0.3);
  }
}
