package org.netnps.core.experience;

/** Thresholds of poor radio conditions: weak RSRP (coverage) and low SINR (interference, load). */
public record RadioExposure(double weakRsrpDbm, double lowSinrDb) {
  /** -110 dBm is the usual coverage-hole mark, 0 dB the poor-SINR mark (research/simulator.md 3.1). */
  public static final RadioExposure DEFAULT = new RadioExposure(-110, 0);
}
