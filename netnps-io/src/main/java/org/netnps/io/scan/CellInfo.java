package org.netnps.io.scan;

import org.netnps.core.diagnosis.CellConfig;

/**
 * A cell of cells.csv as the analysis needs it: where it is, which region it serves, its
 * configuration, and the antenna figures a digital twin of the network is built from (azimuth NaN
 * for an omni cell).
 */
public record CellInfo(String cellId, String siteId, double lat, double lon, String region, CellConfig config,
    Antenna antenna) {

  /** Antenna and carrier figures of cells.csv. */
  public record Antenna(double azimuthDeg, double heightM, double mechTiltDeg, double elecTiltDeg,
      double bandwidthMhz, double txPowerDbm) {}
}
