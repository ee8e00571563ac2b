package org.netnps.core.qoe;

import org.netnps.core.domain.CallResult;
import org.netnps.core.record.XdrRecord;

/** Scores a session record with the model of its service and flags poor-QoE events. */
public final class SessionScorer {
  private static final double VIDEO_FPS = 30;
  /** A start delay that leaves less than this share of the quality is what made it poor. */
  private static final double MOSTLY_START = 0.9;
  /** Coding quality assumed when the record has no bit rate or resolution (a typical HD stream). */
  private static final double UNKNOWN_CODING_MOS = 4.0;
  private final QoeThresholds t;
  private final double displayPixels;

  public SessionScorer(QoeThresholds thresholds) {
    this.t = thresholds;
    this.displayPixels = VideoQoe.pixels16x9(thresholds.displayHeightPx());
  }

  public QoeThresholds thresholds() {
    return t;
  }

  public void score(XdrRecord x, SessionScore out) {
    out.reset();
    switch (x.service) {
      case VOICE -> voice(x, out);
      case VIDEO -> video(x, out);
      case WEB -> web(x, out);
      case GAMING -> gaming(x, out);
      case OTHER -> other(x, out);
    }
  }

  private void voice(XdrRecord x, SessionScore out) {
    if (x.callResult == CallResult.FAILED) {
      out.mos = 1;
      out.poor(PoorReason.CALL_FAILED);
      return;
    }
    VoiceQoe.VoiceRating rating = VoiceQoe.rate(x.codec, x.codecKbps, x.lossPct, x.jitterMs, x.delayMs);
    out.mos = rating.mos();
    out.scale = rating.scale();
    if (x.callResult == CallResult.DROPPED) {
      out.poor(PoorReason.CALL_DROPPED);
    }
    if (out.mos < t.voiceMosPoor()) {
      out.poor(PoorReason.VOICE_LOW_MOS);
    }
    if (x.setupMs > t.voiceSetupPoorMs()) {
      out.poor(PoorReason.VOICE_SLOW_SETUP);
    }
  }

  private void video(XdrRecord x, SessionScore out) {
    long stalls = x.stallCount == XdrRecord.MISSING ? 0 : x.stallCount;
    VideoQoe.Degradation d = VideoQoe.degradation(stalls, x.stallMs, x.startDelayMs);
    double o22 = UNKNOWN_CODING_MOS;
    if (!Double.isNaN(x.bitrateKbps) && x.bitrateKbps > 0 && x.heightPx != XdrRecord.MISSING && x.heightPx > 0) {
      o22 = P1203Video.o22(x.bitrateKbps, VideoQoe.pixels16x9(x.heightPx), displayPixels, VIDEO_FPS);
    } else if (stalls == 0 && Double.isNaN(x.startDelayMs)) {
      return;
    }
    out.mos = VideoQoe.sessionMos(o22, d);
    boolean slowStart = x.startDelayMs > t.videoStartPoorMs();
    if (out.mos < t.videoMosPoor() || slowStart) {
      if (slowStart) {
        out.poor(PoorReason.VIDEO_START_DELAY);
      } else if (stalls > 0 && d.stall() <= d.start()) {
        out.poor(PoorReason.VIDEO_STALLING);
      } else if (d.start() < MOSTLY_START) {
        out.poor(PoorReason.VIDEO_START_DELAY);
      } else {
        out.poor(PoorReason.VIDEO_LOW_QUALITY);
      }
    }
  }

  private void web(XdrRecord x, SessionScore out) {
    if (x.httpOk == 0) {
      out.mos = 1;
      out.poor(PoorReason.WEB_FAILURE);
      return;
    }
    if (Double.isNaN(x.pageLoadMs)) {
      return;
    }
    out.mos = WebQoe.mos(x.pageLoadMs);
    if (out.mos < t.webMosPoor()) {
      out.poor(PoorReason.WEB_SLOW);
    }
  }

  private void gaming(XdrRecord x, SessionScore out) {
    if (Double.isNaN(x.rttMs) && Double.isNaN(x.jitterMs) && Double.isNaN(x.lossPct)) {
      return;
    }
    out.mos = GamingQoe.mos(x.rttMs, x.jitterMs, x.lossPct);
    if (x.rttMs > t.gamingRttPoorMs() || x.jitterMs > t.gamingJitterPoorMs() || x.lossPct > t.gamingLossPoorPct()) {
      out.poor(PoorReason.GAMING_LAG);
    }
  }

  private void other(XdrRecord x, SessionScore out) {
    if (Double.isNaN(x.dlKbps)) {
      return;
    }
    out.mos = ThroughputQoe.mos(x.dlKbps);
    boolean bulk = x.dlBytes != XdrRecord.MISSING && x.dlBytes >= t.otherMinBytes();
    if (bulk && x.dlKbps < t.otherKbpsPoor()) {
      out.poor(PoorReason.LOW_THROUGHPUT);
    }
  }
}
