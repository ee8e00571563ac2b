package org.netnps.core.qoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * P.1203.1 mode 0, pinned to the numbers published in itu-p1203 test/test.py (commit 38c5d55);
 * only the numbers are used, not the code (non-commercial licence).
 */
class P1203VideoTest {
  private static final double HD = 1920 * 1080;

  @Test
  void modelFunctionVectors() {
    assertEquals(4.311, P1203Video.o22(2801.27587623, HD, HD, 30), 0.01);
    assertEquals(1.085, P1203Video.o22(224.771246112, 102240, HD, 30), 0.01);
  }

  @Test
  void mode0ExampleSegmentsAt1080p25() {
    double[] kbps = {691.72, 4158.04, 7172.66, 6593.59};
    double[] o22 = {4.072543327408124, 4.387760507756067, 4.468355547928019, 4.457277347608129};
    for (int i = 0; i < kbps.length; i++) {
      assertEquals(o22[i], P1203Video.o22(kbps[i], HD, HD, 25), 1e-4, kbps[i] + " kbit/s");
    }
  }

  @Test
  void rFromMosInvertsMosFromQ() {
    for (double q = 5; q < 100; q += 7.3) {
      assertEquals(q, P1203Video.rFromMos(P1203Video.mosFromQ(q)), 1e-3);
    }
  }

  @Test
  void stallsAndSlowStartsDegradeTheSession() {
    double o22 = 4.3;
    assertEquals(o22, VideoQoe.sessionMos(o22, VideoQoe.degradation(0, 0, 800)), 1e-12);
    // FTW: one 2 s stall -> 3.5 e^-0.49 + 1.5 = 3.644
    assertEquals(3.644, StallingModel.mos(2, 1), 1e-3);
    double oneStall = VideoQoe.sessionMos(o22, VideoQoe.degradation(1, 2000, 800));
    double twoStalls = VideoQoe.sessionMos(o22, VideoQoe.degradation(2, 4000, 800));
    double slowStart = VideoQoe.sessionMos(o22, VideoQoe.degradation(0, 0, 8000));
    assertTrue(oneStall < o22 && twoStalls < oneStall, oneStall + " " + twoStalls);
    assertTrue(slowStart < o22 && slowStart > twoStalls, "slow start " + slowStart);
  }
}
