package org.netnps.sim.session;

import java.util.SplittableRandom;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.Distributions;
import org.netnps.sim.behaviour.Perception;

/**
 * A browsing session of 1 + Poisson(2.5) pages of lognormal size (median 1.6 MB, sigma 0.8);
 * each page loads in 10 RTT + size / throughput + 0.2 s (research/simulator.md 9.1: PLT = n_RTT
 * RTT + size / r); the record carries the mean page load time, or http_ok = 0 when the first
 * request fails. Reading time between pages lognormal, median 20 s.
 */
public final class WebBrowsing {
  private WebBrowsing() {}

  public static void realise(Conditions c, SplittableRandom rng, XdrRecord x, Outcome o) {
    int pages = 1 + Distributions.poisson(rng, 2.5);
    boolean failed = rng.nextDouble() < c.accessFailure;
    x.service = Service.WEB;
    if (failed) {
      x.httpOk = 0;
      x.durationMs = Math.round(Distributions.lognormal(rng, 15_000, 0.3));
      x.dlBytes = 0;
      x.ulBytes = 0;
      o.accessFailed = true;
      o.activeSeconds = x.durationMs / 1000.0;
      o.deficit = Perception.web(true, Double.NaN);
      return;
    }
    double bytes = 0;
    double loadS = 0;
    double transferS = 0;
    double readingS = 0;
    for (int p = 0; p < pages; p++) {
      double size = Distributions.lognormal(rng, 1.6e6, 0.8);
      double rate = c.userKbps * Distributions.lognormal(rng, 1, 0.25);
      double transfer = size * 8 / 1000 / rate;
      bytes += size;
      transferS += transfer;
      loadS += 10 * c.rttMs / 1000 + transfer + 0.2;
      readingS += p + 1 < pages ? Distributions.lognormal(rng, 20, 0.8) : 0;
    }
    x.httpOk = 1;
    x.pageLoadMs = Math.round(loadS / pages * 1000);
    x.durationMs = Math.round((loadS + readingS) * 1000);
    x.dlBytes = Math.round(bytes);
    x.ulBytes = Math.round(bytes * 0.05);
    x.dlKbps = bytes * 8 / 1000 / transferS;
    o.dlBytes = x.dlBytes;
    o.activeSeconds = loadS;
    o.deficit = Perception.web(false, x.pageLoadMs);
  }
}
