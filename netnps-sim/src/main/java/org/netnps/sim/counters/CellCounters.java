package org.netnps.sim.counters;

import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.PmRecord;
import org.netnps.sim.Seeds;
import org.netnps.sim.load.CellLoad;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.problem.Effects;

/**
 * 15-minute PM counters of every cell, derived from the same simulated sessions and load
 * (research/simulator.md 9.1 step 6), with 3GPP TS 32.425 / 28.552 names. Session counts are
 * scaled to the whole base the simulated subscribers stand for. LTE cells report ERAB counters,
 * NR cells DRB counters. VS.UL.InterferenceAvg is -118 dBm per PRB plus 4 dB x utilisation plus
 * any external noise rise, with 0.5 dB noise.
 */
public final class CellCounters {
  private static final int SESSIONS = 0;
  private static final int FAILURES = 1;
  private static final int DROPS = 2;
  private static final int ACTIVE_S = 3;
  private static final int KBPS_X_BYTES = 4;
  private static final int BYTES = 5;
  private static final int HANDOVERS = 6;
  private static final int HO_FAILURES = 7;
  private static final int FIELDS = 8;
  /** RRC connection attempts per session (idle-to-connected transitions incl. signalling). */
  static final double RRC_PER_SESSION = 1.3;

  private final Network network;
  private final double[] values;
  private final int cells;

  public CellCounters(Network network) {
    this.network = network;
    this.cells = network.cells().size();
    this.values = new double[cells * CellLoad.BINS * FIELDS];
  }

  public void add(int cell, int bin, boolean failed, boolean dropped, double activeS, double kbps,
      long bytes, int handovers, int hoFailures) {
    int base = (bin * cells + cell) * FIELDS;
    values[base + SESSIONS]++;
    if (failed) {
      values[base + FAILURES]++;
    }
    if (dropped) {
      values[base + DROPS]++;
    }
    values[base + ACTIVE_S] += activeS;
    if (!Double.isNaN(kbps) && bytes > 0) {
      values[base + KBPS_X_BYTES] += kbps * bytes;
      values[base + BYTES] += bytes;
    }
    values[base + HANDOVERS] += handovers;
    values[base + HO_FAILURES] += hoFailures;
  }

  /** Writes the day's counters and clears them. */
  public void emit(long dayStart, int day, CellLoad load, Effects effects, double scale, long seed,
      DatasetSink sink) throws IOException {
    for (int b = 0; b < CellLoad.BINS; b++) {
      long from = dayStart + b * CellLoad.BIN_MS;
      for (int c = 0; c < cells; c++) {
        Cell cell = network.cell(c);
        SplittableRandom rng = Seeds.stream(seed, Seeds.COUNTERS, c, day, b);
        int base = (b * cells + c) * FIELDS;
        long sessions = Math.round(values[base + SESSIONS] * scale);
        long failures = Math.min(sessions, Math.round(values[base + FAILURES] * scale));
        long drops = Math.round(values[base + DROPS] * scale);
        long rrcAtt = Math.round(sessions * RRC_PER_SESSION);
        long rrcFail = Math.min(rrcAtt, Math.round(failures * RRC_PER_SESSION));
        String id = cell.id;
        emit(sink, from, id, "RRC.ConnEstabAtt", rrcAtt);
        emit(sink, from, id, "RRC.ConnEstabSucc", rrcAtt - rrcFail);
        boolean nr = cell.layer == Layer.NR_3500;
        emit(sink, from, id, nr ? "DRB.EstabAtt" : "ERAB.EstabInitAttNbr", sessions);
        emit(sink, from, id, nr ? "DRB.EstabSucc" : "ERAB.EstabInitSuccNbr", sessions - failures);
        emit(sink, from, id, nr ? "DRB.RelActNbr" : "ERAB.RelActNbr", sessions - failures);
        if (!nr) {
          emit(sink, from, id, "ERAB.RelAbnormalEnbAct", drops);
        }
        int prbs = cell.layer.prbs * cell.carriers;
        double util = load.utilisation[b][c];
        emit(sink, from, id, "RRU.PrbUsedDl", Math.round(util * prbs));
        emit(sink, from, id, "RRU.PrbAvailDl", prbs);
        emit(sink, from, id, "RRU.PrbTotDl", Math.round(util * 1000) / 10.0);
        if (values[base + BYTES] > 0) {
          emit(sink, from, id, "DRB.UEThpDl", Math.round(values[base + KBPS_X_BYTES] / values[base + BYTES]));
        }
        emit(sink, from, id, "RRC.ConnMean", Math.round(values[base + ACTIVE_S] * scale / 900 * 10) / 10.0);
        emit(sink, from, id, "RRU.CellUnavailableTime", effects.unavailableMs(c, from, from + CellLoad.BIN_MS) / 1000);
        long ho = Math.round(values[base + HANDOVERS] * scale);
        emit(sink, from, id, "HO.ExeAtt", ho);
        emit(sink, from, id, "HO.ExeSucc", ho - Math.min(ho, Math.round(values[base + HO_FAILURES] * scale)));
        double ul = -118 + 4 * util + effects.noiseRiseDb(c, from + CellLoad.BIN_MS / 2) + 0.5 * rng.nextGaussian();
        emit(sink, from, id, "VS.UL.InterferenceAvg", Math.round(ul * 10) / 10.0);
      }
    }
    Arrays.fill(values, 0);
  }

  private static void emit(DatasetSink sink, long from, String cell, String counter, double value) throws IOException {
    sink.pm(new PmRecord(from, 900, cell, counter, value));
  }
}
