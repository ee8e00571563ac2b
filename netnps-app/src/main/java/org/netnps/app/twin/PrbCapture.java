package org.netnps.app.twin;

import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.PmRecord;
import org.netnps.core.twin.CellHours;
import org.netnps.sim.network.Network;

/** Keeps only the DL PRB counters a twin run writes, per cell and hour, to calibrate its load. */
final class PrbCapture extends DatasetSink.Ignoring {
  private final Network network;
  private final CellHours hours;

  PrbCapture(Network network) {
    this.network = network;
    this.hours = new CellHours(network.cells().size());
  }

  CellHours hours() {
    return hours;
  }

  @Override
  public void pm(PmRecord v) {
    CellHours.Field field = switch (v.counter()) {
      case "RRU.PrbUsedDl" -> CellHours.Field.PRB_USED;
      case "RRU.PrbAvailDl" -> CellHours.Field.PRB_AVAIL;
      default -> null;
    };
    if (field != null) {
      hours.add(network.cell(v.cellId()).index, v.periodStart(), field, v.value());
    }
  }
}
