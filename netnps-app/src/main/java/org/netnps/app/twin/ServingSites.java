package org.netnps.app.twin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Network;

/**
 * Who each site served in one what-if run: sessions per twin subscriber and site, counted from
 * the run's xDRs as they pass on to the next sink (the model's response, or none). Cells are
 * looked up in the run's own network, so a carrier added by the run counts for its site.
 */
final class ServingSites extends DatasetSink.Ignoring {
  private final DatasetSink next;
  private final Map<String, Integer> twinIndex;
  private final Network network;
  private final int[][] sites;
  private final int[][] sessions;
  private final int[] used;

  ServingSites(DatasetSink next, Map<String, Integer> twinIndex, int subscribers, Network network) {
    this.next = next;
    this.twinIndex = twinIndex;
    this.network = network;
    int n = subscribers;
    this.sites = new int[n][];
    this.sessions = new int[n][];
    this.used = new int[n];
  }

  @Override
  public void xdr(XdrRecord x) {
    try {
      next.xdr(x);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Integer t = twinIndex.get(x.subscriberId);
    Cell cell = x.cellId == null ? null : network.cell(x.cellId);
    if (t == null || cell == null) {
      return;
    }
    int site = cell.site.index();
    int[] s = sites[t];
    for (int k = 0; k < used[t]; k++) {
      if (s[k] == site) {
        sessions[t][k]++;
        return;
      }
    }
    if (s == null || used[t] == s.length) {
      int grown = s == null ? 4 : s.length * 2;
      sites[t] = s = s == null ? new int[grown] : Arrays.copyOf(s, grown);
      sessions[t] = sessions[t] == null ? new int[grown] : Arrays.copyOf(sessions[t], grown);
    }
    s[used[t]] = site;
    sessions[t][used[t]++] = 1;
  }

  /** Sessions of twin subscriber {@code t} served by the site with this index in the run. */
  int sessions(int t, int site) {
    for (int k = 0; k < used[t]; k++) {
      if (sites[t][k] == site) {
        return sessions[t][k];
      }
    }
    return 0;
  }
}
