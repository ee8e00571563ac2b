package org.netnps.app.twin;

import org.netnps.core.diagnosis.CellConfig;
import org.netnps.io.scan.CellInfo;

/** cells.csv rows for twin tests. */
final class TwinCells {
  private TwinCells() {}

  static CellInfo cell(String id, String site, String rat, double lat, double lon, double azimuth, double mech,
      double elec, double bandwidthMhz) {
    double freq = rat.equals("NR") ? 3500 : 1842.5;
    return new CellInfo(id, site, lat, lon, "Central", new CellConfig(id, site, rat, freq, mech + elec),
        new CellInfo.Antenna(azimuth, 30, mech, elec, bandwidthMhz, rat.equals("NR") ? 50 : 46));
  }
}
