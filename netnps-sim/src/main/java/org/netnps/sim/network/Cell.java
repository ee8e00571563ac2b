package org.netnps.sim.network;

/**
 * A cell: one sector of one layer at a site. Its radio configuration is mutable because what-if
 * actions and injected faults change it (tilt, azimuth, power, carriers); {@link #copy()} gives
 * an independent network for a what-if run.
 */
public final class Cell {
  /** The NR selection threshold of a cell as built, dBm. */
  public static final double NR_SELECTION_RSRP_DBM = -108;
  public final int index;
  public final String id;
  public final Site site;
  public final Layer layer;
  public final int sector;
  public final int pci;
  public double azimuthDeg;
  public double mechTiltDeg;
  public double elecTiltDeg;
  public double txPowerDbm;
  /** Carriers of this layer on the sector (add_carrier makes it 2). */
  public int carriers = 1;
  /**
   * Cell individual offset, dB (TS 36.331 cellIndividualOffset, TS 36.304 Qoffset): added to this
   * cell's RSRP when a UE ranks the cells of its layer. Load balancing of a cell without NR in its
   * sector makes it negative, so the cell's edge users go to the neighbour they receive next best.
   */
  public double cioDb;
  /**
   * For an NR cell: the RSRP (dBm) from which an NR-capable device camps on it rather than on LTE
   * (a B1-style threshold). Load balancing of the LTE cell beside it lowers it.
   */
  public double nrSelectionRsrpDbm = NR_SELECTION_RSRP_DBM;

  public Cell(int index, String id, Site site, Layer layer, int sector, int pci, double azimuthDeg,
      double mechTiltDeg, double elecTiltDeg, double txPowerDbm) {
    this.index = index;
    this.id = id;
    this.site = site;
    this.layer = layer;
    this.sector = sector;
    this.pci = pci;
    this.azimuthDeg = azimuthDeg;
    this.mechTiltDeg = mechTiltDeg;
    this.elecTiltDeg = elecTiltDeg;
    this.txPowerDbm = txPowerDbm;
  }

  public double totalTiltDeg() {
    return mechTiltDeg + elecTiltDeg;
  }

  /** Downlink data bandwidth of all carriers, Hz. */
  public double dataHz() {
    return layer.dataHz() * carriers;
  }

  public Cell copy() {
    Cell c = new Cell(index, id, site, layer, sector, pci, azimuthDeg, mechTiltDeg, elecTiltDeg, txPowerDbm);
    c.carriers = carriers;
    c.cioDb = cioDb;
    c.nrSelectionRsrpDbm = nrSelectionRsrpDbm;
    return c;
  }
}
