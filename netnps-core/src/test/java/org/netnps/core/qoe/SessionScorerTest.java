package org.netnps.core.qoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.netnps.core.UserException;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Codec;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;

class SessionScorerTest {
  private final SessionScorer scorer = new SessionScorer(QoeThresholds.DEFAULTS);
  private final SessionScore score = new SessionScore();

  @Test
  void failedAndDroppedCallsArePoorEventsInTheirOwnRight() {
    XdrRecord call = voice(CallResult.FAILED, 0);
    scorer.score(call, score);
    assertTrue(score.poor);
    assertEquals(PoorReason.CALL_FAILED, score.reason);

    call = voice(CallResult.DROPPED, 0);
    scorer.score(call, score);
    assertTrue(score.poor);
    assertEquals(PoorReason.CALL_DROPPED, score.reason);
    assertTrue(score.mos > 4, "the speech itself was fine: " + score.mos);
  }

  @Test
  void aCleanCallIsNotPoorAndHeavyLossIs() {
    scorer.score(voice(CallResult.COMPLETED, 0.2), score);
    assertFalse(score.poor);
    assertEquals(RatingScale.WIDEBAND, score.scale);
    scorer.score(voice(CallResult.COMPLETED, 8), score);
    assertTrue(score.poor);
    assertEquals(PoorReason.VOICE_LOW_MOS, score.reason);
  }

  @Test
  void videoStallingAndSlowStartAreToldApart() {
    XdrRecord v = video(2, 6000, 900);
    scorer.score(v, score);
    assertTrue(score.poor);
    assertEquals(PoorReason.VIDEO_STALLING, score.reason);
    scorer.score(video(0, 0, 9000), score);
    assertEquals(PoorReason.VIDEO_START_DELAY, score.reason);
    scorer.score(video(0, 0, 700), score);
    assertFalse(score.poor);
  }

  @Test
  void webFailuresAndSlowPagesArePoor() {
    XdrRecord w = new XdrRecord();
    w.service = Service.WEB;
    w.pageLoadMs = 1200;
    w.httpOk = 1;
    scorer.score(w, score);
    assertFalse(score.poor);
    w.pageLoadMs = 7000;
    scorer.score(w, score);
    assertEquals(PoorReason.WEB_SLOW, score.reason);
    w.httpOk = 0;
    scorer.score(w, score);
    assertEquals(PoorReason.WEB_FAILURE, score.reason);
  }

  @Test
  void thresholdsComeFromPropertiesAndUnknownKeysAreNamed() {
    Properties p = new Properties();
    p.setProperty("web.mos.poor", "3.8");
    assertEquals(3.8, QoeThresholds.from(p, "t.properties").webMosPoor());
    p.setProperty("web.plt", "3");
    UserException e = assertThrows(UserException.class, () -> QoeThresholds.from(p, "t.properties"));
    assertTrue(e.getMessage().contains("web.plt"), e.getMessage());
  }

  private static XdrRecord voice(CallResult result, double lossPct) {
    XdrRecord x = new XdrRecord();
    x.service = Service.VOICE;
    x.callResult = result;
    x.codec = Codec.AMR_WB;
    x.codecKbps = 12.65;
    x.lossPct = lossPct;
    x.jitterMs = 5;
    x.delayMs = 90;
    return x;
  }

  private static XdrRecord video(long stalls, double stallMs, double startMs) {
    XdrRecord x = new XdrRecord();
    x.service = Service.VIDEO;
    x.bitrateKbps = 3000;
    x.heightPx = 1080;
    x.stallCount = stalls;
    x.stallMs = stallMs;
    x.startDelayMs = startMs;
    return x;
  }
}
