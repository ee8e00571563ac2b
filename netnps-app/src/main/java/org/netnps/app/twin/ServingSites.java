package org.netnps.app.twin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.netnps.core.experience.Places;
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
  private final Places[] sites;   // per twin subscriber: site index -> sessions

  ServingSites(DatasetSink next, Map<String, Integer> twinIndex, int subscribers, Network network) {
    this.next = next;
    this.twinIndex = twinIndex;
    this.network = network;
    this.sites = new Places[subscribers];
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
    if (sites[t] == null) {
      sites[t] = new Places();
    }
    sites[t].add(cell.site.index(), false);
  }

  int subscribers() {
    return sites.length;
  }

  /** The sites (keys: site indices) that served twin subscriber {@code t} in the run, or null for none. */
  Places places(int t) {
    return sites[t];
  }

  /** Sessions of twin subscriber {@code t} served by the site with this index in the run. */
  int sessions(int t, int site) {
    return sites[t] == null ? 0 : sites[t].sessionsAt(site);
  }
}
