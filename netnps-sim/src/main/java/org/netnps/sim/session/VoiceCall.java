package org.netnps.sim.session;

import java.util.SplittableRandom;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Codec;
import org.netnps.core.domain.Rat;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.Distributions;
import org.netnps.sim.behaviour.Perception;

/**
 * A VoLTE/VoNR call: codec by RAT (EVS on NR; AMR-WB mostly on LTE), setup time lognormal
 * around 1.8 s, hold time lognormal (median 100 s), setup failure and drops from the conditions
 * and handovers, and the E-model inputs: loss and jitter rise at low SINR and high load, one-way
 * delay 110 ms plus the jitter buffer and transport delay (G.114 / TS 26.131 budgets).
 */
public final class VoiceCall {
  private VoiceCall() {}

  public static void realise(Conditions c, SplittableRandom rng, XdrRecord x, Outcome o) {
    double u = rng.nextDouble();
    Codec codec = c.rat == Rat.NR ? (u < 0.9 ? Codec.EVS : Codec.AMR_WB)
        : u < 0.75 ? Codec.AMR_WB : u < 0.9 ? Codec.EVS : Codec.AMR_NB;
    double codecKbps = switch (codec) {
      case EVS -> rng.nextDouble() < 0.7 ? 13.2 : 24.4;
      case AMR_WB -> rng.nextDouble() < 0.7 ? 12.65 : 23.85;
      case AMR_NB -> 12.2;
    };
    double setupMs = Distributions.lognormal(rng, 1800, 0.2)
        + 2000 * Distributions.logistic((-5 - c.link.sinrDb) / 2) + 4 * c.transportDelayMs;
    double holdS = Distributions.lognormal(rng, 100, 0.9);
    boolean failed = rng.nextDouble() < Math.min(0.95, 0.003 + c.accessFailure);
    double dropU = rng.nextDouble();
    int handovers = c.handovers(rng, holdS / 60);
    int hoFailures = 0;
    for (int h = 0; h < handovers; h++) {
      if (rng.nextDouble() < c.handoverFailureProbability()) {
        hoFailures++;
      }
    }
    double hoDropU = rng.nextDouble();
    double dropAt = rng.nextDouble();
    double lossPct = Math.min(30, 0.05 + 4 * Distributions.logistic((1 - c.link.sinrDb) / 2)
        + 1.5 * Distributions.clip((c.offeredLoad - 0.85) / 0.15, 0, 1)
        + c.transportLossPct() + 0.1 * c.noiseRiseDb) * Distributions.lognormal(rng, 1, 0.3);
    double jitterMs = (3 + 25 * Distributions.logistic((-1 - c.link.sinrDb) / 2.5) + 15 * c.utilisation
        + c.transportDelayMs / 10) * Distributions.lognormal(rng, 1, 0.2);
    double delayMs = 110 + 2 * jitterMs + c.transportDelayMs / 2;

    boolean dropped = !failed && (dropU < 1 - Math.pow(1 - c.dropPerMinute, holdS / 60)
        || hoFailures > 0 && hoDropU < 0.6);
    double talked = failed ? 0 : dropped ? holdS * dropAt : holdS;
    x.service = Service.VOICE;
    x.callResult = failed ? CallResult.FAILED : dropped ? CallResult.DROPPED : CallResult.COMPLETED;
    x.setupMs = Math.round(setupMs);
    x.durationMs = Math.round((setupMs / 1000 + talked) * 1000);
    x.codec = codec;
    x.codecKbps = codecKbps;
    if (!failed) {
      x.lossPct = lossPct;
      x.jitterMs = jitterMs;
      x.delayMs = delayMs;
      x.dlBytes = Math.round(talked * codecKbps * 1000 / 8 * 1.6); // RTP/UDP/IP overhead
      x.ulBytes = x.dlBytes;
    }
    o.accessFailed = failed;
    o.dropped = dropped;
    o.handovers = failed ? 0 : handovers;
    o.handoverFailures = failed ? 0 : hoFailures;
    o.dlBytes = failed ? 0 : x.dlBytes;
    o.activeSeconds = talked + setupMs / 1000;
    o.deficit = Perception.voice(failed, dropped, codec, lossPct, delayMs, setupMs);
  }
}
