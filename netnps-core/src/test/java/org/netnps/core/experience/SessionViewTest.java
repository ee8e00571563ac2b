package org.netnps.core.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;
import org.netnps.core.qoe.SessionScore;
import org.netnps.core.record.XdrRecord;

/** A view answers for the row its record and score hold now; a copy keeps a row. */
class SessionViewTest {

  @Test
  void aViewFollowsItsRecordAndACopyKeepsTheRow() {
    XdrRecord x = new XdrRecord();
    SessionScore score = new SessionScore();
    SessionView view = new SessionView(x, score);
    x.startTime = 1_772_409_600_000L;
    x.durationMs = 60_000;
    x.service = Service.VIDEO;
    x.dlBytes = 2_500_000;
    x.stallMs = 1200;
    score.mos = 2.1;
    score.reason = PoorReason.VIDEO_STALLING;
    SessionEvent kept = SessionEvent.copyOf(view.at(7, 0x89283082837ffffL));

    x.service = Service.WEB;
    x.dlBytes = XdrRecord.MISSING;
    score.reason = null;
    view.at(8, 0);

    assertEquals(Service.VIDEO, kept.service());
    assertEquals(2_500_000, kept.dlBytes());
    assertEquals(7, kept.cell());
    assertEquals(0x89283082837ffffL, kept.grid());
    assertTrue(kept.poor());
    assertEquals(Service.WEB, view.service(), "the view answers for the record as it is now");
    assertTrue(Double.isNaN(view.dlBytes()), "a missing byte count reads as NaN, as in an event");
    assertNull(view.poorReason());
    assertEquals(8, view.cell());
    assertEquals(kept.startMs(), view.startMs());
  }
}
