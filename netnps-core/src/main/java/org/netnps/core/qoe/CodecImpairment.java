package org.netnps.core.qoe;

import java.util.Arrays;
import org.netnps.core.domain.Codec;

/**
 * Equipment impairment Ie and packet-loss robustness Bpl of a voice codec mode, on the rating
 * scale the codec is planned on (ITU-T G.113). Values and their provenance: docs/qoe.md.
 */
public record CodecImpairment(RatingScale scale, double ie, double bpl) {

  // AMR-WB, G.113 (09/2024) Table IV.1 (monotic, handset listening) and Table IV.4 (Bpl,WB)
  private static final double[] AMR_WB_KBPS = {6.6, 8.85, 12.65, 14.25, 15.85, 18.25, 19.85, 23.05, 23.85};
  private static final double[] AMR_WB_IE = {41, 26, 13, 10, 7, 5, 3, 1, 8};
  private static final double[] AMR_WB_BPL = {4.3, 4.3, 4.3, 4.3, 4.3, 4.4, 4.5, 4.6, 4.9};
  // AMR-NB has no G.113 row; its 12.2 and 7.4 modes are GSM-EFR and TIA IS-641 (G.113 Table I.1),
  // the other modes are assumptions (docs/qoe.md)
  private static final double[] AMR_NB_KBPS = {4.75, 5.15, 5.9, 6.7, 7.4, 7.95, 10.2, 12.2};
  private static final double[] AMR_NB_IE = {23, 21, 18, 15, 10, 9, 7, 5};
  private static final double AMR_NB_BPL = 10;
  // EVS: G.113 publishes Ie,FB for SWB/diotic only; these are assumptions until checked
  private static final double[] EVS_KBPS = {7.2, 9.6, 13.2, 16.4, 24.4, 32, 48};
  private static final double[] EVS_IE = {35, 28, 20, 16, 10, 8, 6};
  private static final double EVS_BPL = 10;

  // one instance per mode, made once: a call is rated without allocating
  private static final CodecImpairment[] AMR_WB_MODES = modes(RatingScale.WIDEBAND, AMR_WB_IE, AMR_WB_BPL);
  private static final CodecImpairment[] AMR_NB_MODES =
      modes(RatingScale.NARROWBAND, AMR_NB_IE, same(AMR_NB_BPL, AMR_NB_IE.length));
  private static final CodecImpairment[] EVS_MODES = modes(RatingScale.FULLBAND, EVS_IE, same(EVS_BPL, EVS_IE.length));

  public CodecImpairment {
    if (bpl <= 0) {
      throw new IllegalArgumentException("Bpl must be > 0, but was: " + bpl);
    }
  }

  /** The impairment of a codec at a mode bit rate; a missing rate means the codec's common mode. */
  public static CodecImpairment of(Codec codec, double kbps) {
    return switch (codec) {
      case AMR_WB -> AMR_WB_MODES[nearest(AMR_WB_KBPS, Double.isNaN(kbps) ? 12.65 : kbps)];
      case AMR_NB -> AMR_NB_MODES[nearest(AMR_NB_KBPS, Double.isNaN(kbps) ? 12.2 : kbps)];
      case EVS -> EVS_MODES[nearest(EVS_KBPS, Double.isNaN(kbps) ? 13.2 : kbps)];
    };
  }

  private static CodecImpairment[] modes(RatingScale scale, double[] ie, double[] bpl) {
    CodecImpairment[] m = new CodecImpairment[ie.length];
    for (int i = 0; i < ie.length; i++) {
      m[i] = new CodecImpairment(scale, ie[i], bpl[i]);
    }
    return m;
  }

  private static double[] same(double value, int modes) {
    double[] a = new double[modes];
    Arrays.fill(a, value);
    return a;
  }

  private static int nearest(double[] rates, double kbps) {
    int best = 0;
    for (int i = 1; i < rates.length; i++) {
      if (Math.abs(rates[i] - kbps) < Math.abs(rates[best] - kbps)) {
        best = i;
      }
    }
    return best;
  }
}
