package org.netnps.core.qoe;

/**
 * The ITU-T P.1203.1 mode-0 short-term video quality function (O22 per segment) from bit rate,
 * coding and display resolution and frame rate, written from the Recommendation's published
 * formulas (coefficients as transcribed in research/standards.md 2.1). The P.1203 reference
 * software is licensed for non-commercial research only and was not used; P.1203 carries declared
 * patents (docs/decisions/0008).
 */
public final class P1203Video {
  private static final double A1 = 11.9983519;
  private static final double A2 = -2.99991847;
  private static final double A3 = 41.2475074001;
  private static final double A4 = 0.13183165961;
  private static final double MOS_MIN = 1.05;
  private static final double MOS_MAX = 4.9;
  /** R from MOS, tabulated on the monotone 0..100 branch and interpolated. */
  private static final int TABLE = 4096;
  private static final double[] MOS_AT = new double[TABLE + 1];

  static {
    for (int i = 0; i <= TABLE; i++) {
      MOS_AT[i] = mosFromQ(100.0 * i / TABLE);
    }
  }

  private P1203Video() {}

  /** O22, the video quality of a segment on the 1..5 scale. */
  public static double o22(double bitrateKbps, double codingPixels, double displayPixels, double fps) {
    double quant = A1 + A2 * Math.log(A3 + Math.log(bitrateKbps)
        + Math.log(bitrateKbps * bitrateKbps / (codingPixels * fps) + A4));
    double mosCod = Math.max(1, Math.min(5, 4.66 - 0.07 * Math.exp(4.06 * quant)));
    double dCod = 100 - rFromMos(mosCod);
    double dScal = Math.max(0, 72.61 * Math.log10(0.32 * (displayPixels / codingPixels - 1) + 1));
    double dFrame = fps < 24 ? Math.max(0, (100 - dCod - dScal) * (30.98 - 1.29 * fps) / (64.65 + fps)) : 0;
    double d = Math.max(0, Math.min(100, dCod + dScal + dFrame));
    return mosFromQ(100 - d);
  }

  /** P.1203's MOS from the quality rating Q (0..100), clipped to [1.05, 4.9]. */
  public static double mosFromQ(double q) {
    if (q <= 0) {
      return MOS_MIN;
    }
    if (q >= 100) {
      return MOS_MAX;
    }
    double mos = MOS_MIN + 3.85 * q / 100 + q * (q - 60) * (100 - q) * 7e-6;
    return Math.max(MOS_MIN, Math.min(MOS_MAX, mos));
  }

  /** The inverse of {@link #mosFromQ} on 0..100 (monotone there), by table and interpolation. */
  public static double rFromMos(double mos) {
    if (mos <= MOS_AT[0]) {
      return 0;
    }
    if (mos >= MOS_AT[TABLE]) {
      return 100;
    }
    int lo = 0;
    int hi = TABLE;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (MOS_AT[mid] <= mos) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double f = (mos - MOS_AT[lo]) / (MOS_AT[hi] - MOS_AT[lo]);
    return 100.0 * (lo + f) / TABLE;
  }
}
