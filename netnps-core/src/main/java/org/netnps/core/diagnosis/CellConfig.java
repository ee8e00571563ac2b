package org.netnps.core.diagnosis;

/** What diagnosis needs of a cell's configuration (cells.csv): its site, layer and downtilt. */
public record CellConfig(String cellId, String siteId, String rat, double freqMhz, double totalTiltDeg) {
  /** Cells of one layer share RAT and carrier frequency. */
  public boolean sameLayer(CellConfig o) {
    return rat.equals(o.rat) && Math.abs(freqMhz - o.freqMhz) < 1;
  }
}
