package org.netnps.sim.radio;

/**
 * 3GPP TR 38.901 Table 7.4.1-1 path loss (dB) for the urban macro (UMa) and urban micro street
 * canyon (UMi) scenarios, with the effective environment height hE = 1 m. Distances in metres,
 * fc in GHz, heights in metres; valid for d2D 10 m to 5 km.
 */
public final class PathLoss {
  private static final double C = 3.0e8;

  private PathLoss() {}

  public static double umaLos(double d2d, double hBs, double hUt, double fcGhz) {
    double d3d = d3d(d2d, hBs, hUt);
    double breakpoint = 4 * (hBs - 1) * (hUt - 1) * fcGhz * 1e9 / C;
    if (d2d <= breakpoint) {
      return 28 + 22 * Math.log10(d3d) + 20 * Math.log10(fcGhz);
    }
    return 28 + 40 * Math.log10(d3d) + 20 * Math.log10(fcGhz)
        - 9 * Math.log10(breakpoint * breakpoint + (hBs - hUt) * (hBs - hUt));
  }

  public static double umaNlos(double d2d, double hBs, double hUt, double fcGhz) {
    double d3d = d3d(d2d, hBs, hUt);
    double nlos = 13.54 + 39.08 * Math.log10(d3d) + 20 * Math.log10(fcGhz) - 0.6 * (hUt - 1.5);
    return Math.max(umaLos(d2d, hBs, hUt, fcGhz), nlos);
  }

  public static double umiLos(double d2d, double hBs, double hUt, double fcGhz) {
    double d3d = d3d(d2d, hBs, hUt);
    double breakpoint = 4 * (hBs - 1) * (hUt - 1) * fcGhz * 1e9 / C;
    if (d2d <= breakpoint) {
      return 32.4 + 21 * Math.log10(d3d) + 20 * Math.log10(fcGhz);
    }
    return 32.4 + 40 * Math.log10(d3d) + 20 * Math.log10(fcGhz)
        - 9.5 * Math.log10(breakpoint * breakpoint + (hBs - hUt) * (hBs - hUt));
  }

  public static double umiNlos(double d2d, double hBs, double hUt, double fcGhz) {
    double d3d = d3d(d2d, hBs, hUt);
    double nlos = 22.4 + 35.3 * Math.log10(d3d) + 21.3 * Math.log10(fcGhz) - 0.3 * (hUt - 1.5);
    return Math.max(umiLos(d2d, hBs, hUt, fcGhz), nlos);
  }

  /** TR 38.901 Table 7.4.2-1 LOS probability, UMa (outdoor UE); C'(hUT) = 0 up to 13 m. */
  public static double umaLosProbability(double d2d, double hUt) {
    if (d2d <= 18) {
      return 1;
    }
    double c = hUt <= 13 ? 0 : Math.pow((hUt - 13) / 10, 1.5);
    return (18 / d2d + Math.exp(-d2d / 63) * (1 - 18 / d2d))
        * (1 + c * 1.25 * Math.pow(d2d / 100, 3) * Math.exp(-d2d / 150));
  }

  /** TR 38.901 Table 7.4.2-1 LOS probability, UMi street canyon. */
  public static double umiLosProbability(double d2d) {
    return d2d <= 18 ? 1 : 18 / d2d + Math.exp(-d2d / 36) * (1 - 18 / d2d);
  }

  /** TR 38.901 7.4.3 legacy outdoor-to-indoor loss below 6 GHz: 20 dB + 0.5 dB/m inside. */
  public static double outdoorToIndoor(double indoorDistanceM) {
    return 20 + 0.5 * indoorDistanceM;
  }

  private static double d3d(double d2d, double hBs, double hUt) {
    return Math.sqrt(d2d * d2d + (hBs - hUt) * (hBs - hUt));
  }
}
