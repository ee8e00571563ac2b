package org.netnps.sim.session;

import java.util.ArrayList;
import java.util.List;
import org.netnps.core.record.ComplaintRecord;
import org.netnps.core.record.XdrRecord;

/** What realising one chunk of a day's sessions produced, in session order. */
public final class ChunkResult {
  public final List<XdrRecord> xdrs = new ArrayList<>();
  public final List<ComplaintRecord> complaints = new ArrayList<>();
  /** Per served session, for the counters: cell, bin, outcome. */
  public final List<int[]> cellBins = new ArrayList<>();
  public final List<Outcome> outcomes = new ArrayList<>();
}
