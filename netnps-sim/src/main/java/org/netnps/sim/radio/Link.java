package org.netnps.sim.radio;

/** The radio link of a session: serving cell, its signal and quality, and the full-cell rate. */
public final class Link {
  /** Serving cell index, -1 when there is no service. */
  public int cell = -1;
  public double rsrpDbm;
  public double sinrDb;
  /** Rate the user would get alone in the cell (all PRBs), kbit/s. */
  public double fullCellKbps;

  public boolean served() {
    return cell >= 0;
  }
}
