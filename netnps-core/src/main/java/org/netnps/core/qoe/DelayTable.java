package org.netnps.core.qoe;

/**
 * The delay-dependent part of the G.107 rating at default settings, tabulated per millisecond of
 * one-way delay (0..2000 ms) and interpolated: scoring a call then costs a lookup instead of the
 * full chain of powers and logarithms. Beyond the table the chain is computed.
 */
final class DelayTable {
  private static final int MAX_MS = 2000;
  /** Ro - Is - Id + A at each delay (R with Ie,eff = 0). */
  private static final double[] R_WITHOUT_EQUIPMENT = new double[MAX_MS + 1];
  /** Id at each delay. */
  private static final double[] ID = new double[MAX_MS + 1];

  static {
    for (int ms = 0; ms <= MAX_MS; ms++) {
      EModel.Rating r = EModel.rate(EModel.Parameters.DEFAULTS.withDelay(ms));
      R_WITHOUT_EQUIPMENT[ms] = r.r() + r.ieEff();
      ID[ms] = r.id();
    }
  }

  private DelayTable() {}

  /** R of the default connection at this one-way delay, before the equipment impairment. */
  static double ratingWithoutEquipment(double oneWayMs) {
    if (oneWayMs > MAX_MS) {
      EModel.Rating r = EModel.rate(EModel.Parameters.DEFAULTS.withDelay(oneWayMs));
      return r.r() + r.ieEff();
    }
    return interpolate(R_WITHOUT_EQUIPMENT, oneWayMs);
  }

  /** G.107's delay impairment Id at this one-way delay. */
  static double delayImpairment(double oneWayMs) {
    if (oneWayMs > MAX_MS) {
      return EModel.rate(EModel.Parameters.DEFAULTS.withDelay(oneWayMs)).id();
    }
    return interpolate(ID, oneWayMs);
  }

  private static double interpolate(double[] table, double ms) {
    double x = Math.max(0, ms);
    int i = Math.min(MAX_MS - 1, (int) x);
    double f = x - i;
    return table[i] + f * (table[i + 1] - table[i]);
  }
}
