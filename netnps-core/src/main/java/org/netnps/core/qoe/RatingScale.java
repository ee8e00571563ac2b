package org.netnps.core.qoe;

/**
 * The three transmission-rating scales of the E-model family, which must never be mixed:
 * narrowband G.107 (R up to about 93.2 at default settings, 100 in theory), wideband G.107.1
 * (R_WB up to 129) and fullband G.107.2 (R_FB up to 148). MOS is computed on each scale by
 * folding R back onto the narrowband 0..100 range (G.107.1 Annex A: R_X = R_WB / 1.29) and applying
 * the G.107 Annex B conversion.
 */
public enum RatingScale {
  NARROWBAND(100.0),
  WIDEBAND(129.0),
  FULLBAND(148.0);

  private final double rMax;

  RatingScale(double rMax) {
    this.rMax = rMax;
  }

  /** The best rating on this scale. */
  public double rMax() {
    return rMax;
  }

  /** MOS (conversational quality estimate, 1..4.5) from a rating on this scale. */
  public double mos(double r) {
    return mosFromR(r * 100.0 / rMax);
  }

  /** G.107 Annex B: MOS from the narrowband rating R. */
  public static double mosFromR(double r) {
    if (r < 0) {
      return 1.0;
    }
    if (r > 100) {
      return 4.5;
    }
    return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
  }
}
