package org.netnps.sim.session;

import java.util.SplittableRandom;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.Distributions;
import org.netnps.sim.behaviour.Perception;

/**
 * Downloads, updates and feeds ("other"): lognormal size, median 12 MB, at the user's rate; the
 * user gives up after 30 minutes.
 */
public final class BulkTransfer {
  static final double GIVE_UP_S = 1800;

  private BulkTransfer() {}

  public static void realise(Conditions c, SplittableRandom rng, XdrRecord x, Outcome o) {
    double size = Distributions.lognormal(rng, 12e6, 1.3);
    boolean failed = rng.nextDouble() < c.accessFailure;
    x.service = Service.OTHER;
    if (failed) {
      x.durationMs = Math.round(Distributions.lognormal(rng, 10_000, 0.3));
      x.dlBytes = 0;
      x.ulBytes = 0;
      o.accessFailed = true;
      o.activeSeconds = x.durationMs / 1000.0;
      o.deficit = Perception.bulk(true, 0);
      return;
    }
    double seconds = size * 8 / 1000 / c.userKbps + 3 * c.rttMs / 1000;
    if (seconds > GIVE_UP_S) { // nobody waits half an hour for an update: the user gives up
      size = (GIVE_UP_S - 3 * c.rttMs / 1000) * c.userKbps * 1000 / 8;
      seconds = GIVE_UP_S;
    }
    x.durationMs = Math.round(seconds * 1000);
    x.dlBytes = Math.round(size);
    x.ulBytes = Math.round(size * 0.03);
    x.dlKbps = size * 8 / 1000 / seconds;
    o.dlBytes = x.dlBytes;
    o.activeSeconds = seconds;
    o.deficit = Perception.bulk(false, x.dlKbps);
  }
}
