package org.netnps.sim.session;

import java.util.SplittableRandom;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.Distributions;
import org.netnps.sim.behaviour.Perception;

/**
 * Adaptive-bitrate video: 4 s segments over a throughput that fluctuates (lognormal, AR(1) 0.8,
 * sigma 0.35) around the user's rate; the player picks the highest rung at or below 0.8 of its
 * estimate (one rung lower while the buffer is under 8 s), starts at a rung for half its
 * estimate once 2 s of content are in (start delay = that content / throughput + 3 RTT + 0.3 s), stalls when the 30 s buffer runs dry.
 * Viewers leave when the start takes long (5.8% per second beyond 2 s, Krishnan & Sitaraman 2012)
 * and with 8% per stall. Content length lognormal, median 240 s.
 */
public final class VideoPlayer {
  /** Bitrate ladder, kbit/s, and heights (YouTube-like, research/simulator.md 4). */
  static final double[] LADDER_KBPS = {400, 750, 1200, 2500, 4500};
  static final int[] HEIGHTS = {240, 360, 480, 720, 1080};
  static final double SEGMENT_S = 4;
  static final double MAX_BUFFER_S = 30;
  /** Content buffered before playback starts, seconds. */
  static final double STARTUP_S = 2;

  private VideoPlayer() {}

  public static void realise(Conditions c, SplittableRandom rng, XdrRecord x, Outcome o) {
    double contentS = Distributions.lognormal(rng, 240, 1.0);
    boolean failed = rng.nextDouble() < c.accessFailure;
    x.service = Service.VIDEO;
    if (failed) {
      double waitedMs = 8000 + 4000 * rng.nextDouble();
      x.durationMs = Math.round(waitedMs);
      x.startDelayMs = Math.round(waitedMs);
      x.stallCount = 0;
      x.stallMs = 0;
      x.dlBytes = 0;
      o.accessFailed = true;
      o.activeSeconds = waitedMs / 1000;
      o.deficit = Perception.video(true, 0, 0, waitedMs, 0);
      return;
    }
    double estimate = c.userKbps * Distributions.lognormal(rng, 1, 0.3);
    int rung = rungFor(0.5 * estimate);
    double z = rng.nextGaussian();
    double throughput = fluctuate(c.userKbps, z);
    double startS = STARTUP_S * LADDER_KBPS[rung] / throughput + 3 * c.rttMs / 1000 + 0.3;
    boolean leftAtStart = rng.nextDouble() < Math.min(0.9, 0.058 * Math.max(0, startS - 2));
    double bits = SEGMENT_S * LADDER_KBPS[rung] * 1000;
    double downloadS = SEGMENT_S * LADDER_KBPS[rung] / throughput;
    double buffer = SEGMENT_S;
    double stallS = 0;
    int stalls = 0;
    double bitrateTime = SEGMENT_S * LADDER_KBPS[rung];
    double[] timeAtRung = new double[LADDER_KBPS.length];
    timeAtRung[rung] += SEGMENT_S;
    int fetched = 1;
    int segments = leftAtStart ? 0 : (int) Math.ceil(contentS / SEGMENT_S) - 1;
    double recent = throughput;
    for (int i = 0; i < segments; i++) {
      int next = rungFor(0.8 * recent);
      rung = buffer < 8 ? Math.min(next, Math.max(0, rung - 1)) : next;
      z = 0.8 * z + 0.6 * rng.nextGaussian();
      throughput = fluctuate(c.userKbps, z);
      double dt = SEGMENT_S * LADDER_KBPS[rung] / throughput;
      downloadS += dt;
      bits += SEGMENT_S * LADDER_KBPS[rung] * 1000;
      recent = 0.6 * recent + 0.4 * throughput;
      fetched++;
      timeAtRung[rung] += SEGMENT_S;
      bitrateTime += SEGMENT_S * LADDER_KBPS[rung];
      buffer -= dt;
      if (buffer < 0) {
        stallS += -buffer;
        stalls++;
        buffer = 0;
        if (rng.nextDouble() < 0.08) {
          break; // the viewer gives up
        }
      }
      buffer = Math.min(MAX_BUFFER_S, buffer + SEGMENT_S);
    }
    double watched = leftAtStart ? 0 : fetched * SEGMENT_S;
    int topRung = 0;
    for (int r = 1; r < timeAtRung.length; r++) {
      if (timeAtRung[r] > timeAtRung[topRung]) {
        topRung = r;
      }
    }
    x.durationMs = Math.round((startS + watched + stallS) * 1000);
    x.startDelayMs = Math.round(startS * 1000);
    x.stallCount = stalls;
    x.stallMs = Math.round(stallS * 1000);
    x.bitrateKbps = Math.round(bitrateTime / (fetched * SEGMENT_S));
    x.heightPx = HEIGHTS[topRung];
    x.dlBytes = Math.round(bits / 8);
    x.ulBytes = Math.round(bits / 8 * 0.02);
    x.dlKbps = bits / 1000 / downloadS;
    o.dlBytes = x.dlBytes;
    o.activeSeconds = downloadS;
    o.deficit = Perception.video(leftAtStart, stalls, stallS * 1000, startS * 1000, x.heightPx);
  }

  static int rungFor(double kbps) {
    int r = 0;
    while (r + 1 < LADDER_KBPS.length && LADDER_KBPS[r + 1] <= kbps) {
      r++;
    }
    return r;
  }

  private static double fluctuate(double meanKbps, double z) {
    return Math.max(16, meanKbps * Math.exp(0.35 * z - 0.35 * 0.35 / 2));
  }
}
