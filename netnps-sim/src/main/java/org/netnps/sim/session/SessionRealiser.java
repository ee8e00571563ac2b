package org.netnps.sim.session;

import java.util.SplittableRandom;
import org.netnps.core.domain.ComplaintCategory;
import org.netnps.core.domain.Service;
import org.netnps.core.record.ComplaintRecord;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.Distributions;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.Outcomes;
import org.netnps.sim.Seeds;
import org.netnps.sim.behaviour.Perception;
import org.netnps.sim.behaviour.Satisfaction;
import org.netnps.sim.load.CellLoad;
import org.netnps.sim.load.LoadSolver;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Network;
import org.netnps.sim.population.Population;
import org.netnps.sim.problem.Effects;
import org.netnps.sim.radio.Serving;
import org.netnps.sim.traffic.DaySessions;
import org.netnps.sim.traffic.Whereabouts;

/**
 * Turns planned sessions into probe records under the solved load: serving cell and SINR, the
 * conditions, the service model; records the perceived deficit into the subscriber's
 * satisfaction and raises complaints: a chance per severe event, up to 3x higher for the
 * dissatisfied and 10x for losing service at home, calibrated to the 2-10 network complaints per
 * 1,000 subscribers a month of research/simulator.md 7.2 (the 0.01 per severe event proposed
 * there gives hundreds). A session without service
 * leaves no record, as a probe sees nothing, but the subscriber feels it.
 */
public final class SessionRealiser {
  /** Chance that a severe event makes a subscriber call care (calibrated to 2-10 per 1,000 a month). */
  static final double SEVERE_EVENT_COMPLAINT = 0.0005;
  private final Network network;
  private final Population population;
  private final Serving serving;
  private final Effects effects;
  private final CellLoad load;
  private final Satisfaction satisfaction;
  private final Outcomes outcomes;
  private final LocalFrame frame;
  private final long seed;
  private final int day;
  private final long dayStart;
  private final boolean measured;

  public SessionRealiser(Network network, Population population, Serving serving, Effects effects,
      CellLoad load, Satisfaction satisfaction, Outcomes outcomes, long seed, int day, long dayStart) {
    this.network = network;
    this.population = population;
    this.serving = serving;
    this.effects = effects;
    this.load = load;
    this.satisfaction = satisfaction;
    this.outcomes = outcomes;
    this.frame = network.frame();
    this.seed = seed;
    this.day = day;
    this.dayStart = dayStart;
    this.measured = day >= outcomes.fromDay;
  }

  public ChunkResult realise(DaySessions d) {
    ChunkResult result = new ChunkResult();
    Conditions c = new Conditions();
    for (int i = 0; i < d.size; i++) {
      int s = d.subscriber[i];
      SplittableRandom rng = Seeds.stream(seed, Seeds.SESSION, s, day, d.ordinal[i]);
      double complaintDraw = rng.nextDouble();
      double complaintDelayH = Distributions.lognormal(rng, 2, 0.8);
      int bin = LoadSolver.bin(d.start[i], dayStart);
      long t = d.start[i];
      Whereabouts where = d.whereabouts(i);
      boolean home = where == Whereabouts.HOME;
      serving.serve(d.pixel[i], d.lossDb[i], population.deviceOf(s).nr(), t, load.utilisation[bin], c.link);
      outcomes.sessions[s]++;
      if (!c.link.served()) {
        double deficit = d.service[i] == 2 ? 1 : 0.8;
        satisfaction.record(s, deficit, home);
        outcomes.noService[s]++;
        if (complaintDraw < (home ? 10 : 3) * SEVERE_EVENT_COMPLAINT) {
          complain(result, s, d.ordinal[i], t, complaintDelayH, ComplaintCategory.COVERAGE, d.x[i], d.y[i]);
        }
        continue;
      }
      Cell cell = network.cell(c.link.cell);
      c.rat = cell.layer.rat;
      c.utilisation = load.utilisation[bin][cell.index];
      c.offeredLoad = load.offered[bin][cell.index];
      c.noiseRiseDb = effects.noiseRiseDb(cell.index, t);
      c.transportDelayMs = effects.transportDelayMs(cell.site.index(), t);
      c.deviceFactor = effects.deviceFailureFactor(population.device[s], t);
      c.handoverFailure = effects.handoverFailure(cell.index, t);
      c.mobile = where == Whereabouts.COMMUTE;
      c.derive(rng);
      XdrRecord x = new XdrRecord();
      x.startTime = t;
      x.subscriberId = population.id[s];
      x.cellId = cell.id;
      x.rat = c.rat;
      x.lat = frame.lat(d.y[i]);
      x.lon = frame.lon(d.x[i]);
      // as a probe reports them: LTE RSRP -140..-44 dBm (TS 36.133), SINR -23..40 dB (TS 38.133)
      x.rsrpDbm = Distributions.clip(c.link.rsrpDbm, -140, -44);
      x.sinrDb = Distributions.clip(c.link.sinrDb, -23, 40);
      x.tac = population.deviceOf(s).tac();
      Outcome o = new Outcome();
      switch (d.service[i]) {
        case 0 -> WebBrowsing.realise(c, rng, x, o);
        case 1 -> VideoPlayer.realise(c, rng, x, o);
        case 2 -> VoiceCall.realise(c, rng, x, o);
        case 3 -> GameSession.realise(c, rng, x, o);
        default -> BulkTransfer.realise(c, rng, x, o);
      }
      if (x.service != Service.VOICE && x.service != Service.GAMING) {
        x.rttMs = c.rttMs;
        x.retransPct = c.retransPct;
      }
      if (x.service != Service.VOICE && c.mobile && !o.accessFailed) {
        handovers(c, rng, x.durationMs / 60_000.0, o);
      }
      satisfaction.record(s, o.deficit, home);
      outcomes.dayBytes[s] += Math.max(0, o.dlBytes);
      if (measured) {
        outcomes.dlBytes[s] += Math.max(0, o.dlBytes);
      }
      result.xdrs.add(x);
      result.cellBins.add(new int[] {cell.index, bin});
      result.outcomes.add(o);
      if (o.deficit >= Perception.SEVERE) {
        double dissatisfied = 1 + Math.max(0, 6.5 - satisfaction.latent(s)) / 2;
        if (complaintDraw < SEVERE_EVENT_COMPLAINT * dissatisfied) {
          ComplaintCategory category = x.service == Service.VOICE ? ComplaintCategory.VOICE
              : c.link.rsrpDbm < -115 ? ComplaintCategory.COVERAGE : ComplaintCategory.DATA;
          complain(result, s, d.ordinal[i], t, complaintDelayH, category, d.x[i], d.y[i]);
        }
      }
    }
    return result;
  }

  /** Handovers of a data session on the move; a failed one drops the bearer. */
  private static void handovers(Conditions c, SplittableRandom rng, double minutes, Outcome o) {
    o.handovers = c.handovers(rng, minutes);
    for (int h = 0; h < o.handovers; h++) {
      if (rng.nextDouble() < c.handoverFailureProbability()) {
        o.handoverFailures++;
      }
    }
    if (o.handoverFailures > 0) {
      o.dropped = true;
      o.deficit = Math.max(o.deficit, 0.7);
    }
  }

  private void complain(ChunkResult result, int s, int ordinal, long t, double delayH,
      ComplaintCategory category, double x, double y) {
    if (measured) {
      outcomes.networkComplaints[s]++;
    }
    result.complaints.add(new ComplaintRecord(String.format("TK%03d%07d%04d", day, s, ordinal),
        population.id[s], t + Math.round(delayH * 3_600_000), category, frame.lat(y), frame.lon(x)));
  }
}
