package org.netnps.sim.radio;

/**
 * The TR 38.901 Table 7.3-1 single-element sector pattern, steered by azimuth and downtilt:
 * A_H = -min(12 (phi/phi3dB)^2, Am), A_V = -min(12 ((theta - theta_tilt)/theta3dB)^2, SLAv),
 * A = -min(-(A_H + A_V), Am), gain = GEmax + A. Angles in degrees.
 */
public record SectorAntenna(double maxGainDbi, double horizontalBeamwidthDeg,
    double verticalBeamwidthDeg, double frontToBackDb, double sideLobeDb) {

  /** 38.901 defaults for the element (65 deg, 65 deg, Am 30 dB, SLAv 30 dB, 8 dBi). */
  public static final SectorAntenna TR38901_ELEMENT = new SectorAntenna(8, 65, 65, 30, 30);

  /**
   * A macro sector panel as commonly planned (research/simulator.md 1.2): 65 deg horizontal,
   * 10 deg vertical, 25 dB side lobes, 17 dBi.
   */
  public static final SectorAntenna MACRO_PANEL = new SectorAntenna(17, 65, 10, 25, 20);

  /**
   * Gain (dBi) towards a point seen at bearing and elevation from the antenna.
   *
   * @param offBoresightDeg horizontal angle between the boresight and the point, -180..180
   * @param depressionDeg angle below the horizon at which the point is seen (positive = down)
   * @param downtiltDeg total downtilt (mechanical + electrical), positive = down
   */
  public double gainDbi(double offBoresightDeg, double depressionDeg, double downtiltDeg) {
    double horizontal = -Math.min(12 * square(offBoresightDeg / horizontalBeamwidthDeg), frontToBackDb);
    double vertical = -Math.min(12 * square((depressionDeg - downtiltDeg) / verticalBeamwidthDeg), sideLobeDb);
    return maxGainDbi - Math.min(-(horizontal + vertical), frontToBackDb);
  }

  /** Horizontal angle from boresight to bearing, folded into -180..180 degrees. */
  public static double offBoresight(double bearingDeg, double azimuthDeg) {
    double a = (bearingDeg - azimuthDeg) % 360;
    if (a > 180) {
      a -= 360;
    } else if (a < -180) {
      a += 360;
    }
    return a;
  }

  private static double square(double x) {
    return x * x;
  }
}
