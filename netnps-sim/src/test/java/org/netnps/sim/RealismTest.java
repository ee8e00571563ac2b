package org.netnps.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small city against published ranges (research/simulator.md 9.5 calibration checklist and the
 * sources it cites; docs/simulator.md lists the measured figures).
 */
class RealismTest {
  static RecordingSink run;

  @BeforeAll
  static void simulate() throws IOException {
    run = SrconTest.run(Scenario.of(Preset.SMALL, 2).withSize(4_000, 4), 2);
  }

  static void within(String what, double value, double lo, double hi) {
    assertTrue(value >= lo && value <= hi, what + " = " + value + " outside [" + lo + ", " + hi + "]");
  }

  static double get(String key, String quantile) {
    Map<String, Double> m = run.calibration(key);
    return m.get(quantile);
  }

  @Test
  void rsrpLikeAnUrbanLteNetwork() {
    within("RSRP p50 (about -95 dBm)", get("rsrp_dbm", "p50"), -102, -88);
    within("RSRP p5 (about -115 dBm)", get("rsrp_dbm", "p5"), -125, -108);
  }

  @Test
  void sinrInTheBusyHour() {
    within("busy-hour SINR p50 (5-10 dB)", get("sinr_db", "busy_hour_p50"), 4, 13);
    within("SINR p5 (poor below 0 dB)", get("sinr_db", "p5"), -8, 2);
  }

  @Test
  void voiceKpisInOperatorTargets() {
    within("VoLTE drop rate (0.2-0.8%, < 2% regulator)", run.<Double>calibration("voice_drop_rate"), 0.001, 0.02);
    within("call setup failure (< 2-3%)", run.<Double>calibration("voice_setup_failure_rate"), 0.002, 0.04);
  }

  @Test
  void busyHourLoadAcrossCells() {
    within("busy-hour PRB median (35-55%)", get("busy_hour_prb_utilisation", "p50"), 0.3, 0.7);
    within("cells above 80% in the busy hour (10-15%, up to 40% here)",
        get("busy_hour_prb_utilisation", "share_above_0_8"), 0.03, 0.4);
  }

  @Test
  void videoDominatesTrafficAndStallsAreRare() {
    Map<String, Double> shares = run.calibration("traffic_share_by_service");
    within("video share of bytes (70-75%, up to 85% here)", shares.get("video"), 0.65, 0.88);
    within("video stall ratio (< 1-3%)", run.<Double>calibration("video_stall_ratio"), 0.0, 0.04);
    within("mean start delay, s (< 2 s target)", run.<Double>calibration("video_mean_start_delay_s"), 0.5, 3.5);
    within("DOU, GB/month (5-32 by region)", run.<Double>calibration("dou_gb_per_month"), 8, 32);
  }

  @Test
  void npsLevelAndClassShares() {
    within("true network NPS (-20..+30)", ((Number) run.summary.get("true_network_nps")).doubleValue(), -20, 30);
    Map<String, Double> shares = cast(run.summary.get("shares"));
    for (String c : List.of("detractor", "passive", "promoter")) {
      within(c + " share (25-40%)", shares.get(c), 0.2, 0.45);
    }
  }

  @Test
  void complaintsPerThousand() {
    within("network complaints per 1000 a month (2-10 operator-level; more in a problem-heavy city)",
        run.<Double>calibration("complaints_per_1000_subscribers_per_month"), 1, 60);
  }

  @SuppressWarnings("unchecked")
  static <T> T cast(Object o) {
    return (T) o;
  }
}
