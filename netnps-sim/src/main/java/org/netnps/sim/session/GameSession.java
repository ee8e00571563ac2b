package org.netnps.sim.session;

import java.util.SplittableRandom;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.Distributions;
import org.netnps.sim.behaviour.Perception;

/**
 * An online game session (median 15 min): a thin, latency-bound flow of about 80 kbit/s down and
 * 30 up; RTT adds 15 ms to the game server; jitter grows with queueing and low SINR; loss with
 * retransmissions and transport congestion.
 */
public final class GameSession {
  private GameSession() {}

  public static void realise(Conditions c, SplittableRandom rng, XdrRecord x, Outcome o) {
    double seconds = Distributions.lognormal(rng, 900, 0.6);
    boolean failed = rng.nextDouble() < c.accessFailure;
    double rtt = c.rttMs + 15;
    double jitter = (2 + 0.2 * Math.max(0, c.rttMs - 40) + 20 * Distributions.logistic((-2 - c.link.sinrDb) / 2))
        * Distributions.lognormal(rng, 1, 0.2);
    double loss = Math.min(50, 0.05 + c.retransPct / 3 + c.transportLossPct());
    x.service = Service.GAMING;
    x.durationMs = Math.round((failed ? 10 : seconds) * 1000);
    x.rttMs = rtt;
    x.jitterMs = jitter;
    x.lossPct = loss;
    x.dlBytes = failed ? 0 : Math.round(seconds * 80_000 / 8);
    x.ulBytes = failed ? 0 : Math.round(seconds * 30_000 / 8);
    o.accessFailed = failed;
    o.dlBytes = x.dlBytes;
    o.activeSeconds = failed ? 10 : seconds;
    o.deficit = failed ? 0.6 : Perception.gaming(rtt, jitter, loss);
  }
}
