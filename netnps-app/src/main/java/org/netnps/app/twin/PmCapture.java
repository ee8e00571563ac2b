package org.netnps.app.twin;

import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.PmRecord;
import org.netnps.core.twin.CellHours;
import org.netnps.io.scan.PmFields;
import org.netnps.sim.network.Network;

/**
 * Keeps only the PM counters a twin run writes, per cell and hour, as {@code analyze} reads them
 * ({@link PmFields}): the twin's load is calibrated on them.
 */
final class PmCapture extends DatasetSink.Ignoring {
  private final Network network;
  private final CellHours hours;

  PmCapture(Network network) {
    this.network = network;
    this.hours = new CellHours(network.cells().size());
  }

  CellHours hours() {
    return hours;
  }

  @Override
  public void pm(PmRecord v) {
    PmFields.add(hours, network.cell(v.cellId()).index, v.counter(), v.periodStart(), v.value());
  }
}
