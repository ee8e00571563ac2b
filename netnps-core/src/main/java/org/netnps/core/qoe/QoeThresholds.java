package org.netnps.core.qoe;

import java.util.Properties;
import java.util.Set;
import org.netnps.core.UserException;

/**
 * When a session counts as poor. Defaults from operator practice (research/simulator.md 3.2-3.3):
 * MOS below 3.1 is "poor" on the VoLTE scale, video start beyond 5 s loses a quarter of viewers,
 * a page that takes more than about 4.5 s (web MOS below 3) loses most mobile visitors.
 */
public record QoeThresholds(double voiceMosPoor, double voiceSetupPoorMs, double videoMosPoor,
    double videoStartPoorMs, double webMosPoor, double gamingRttPoorMs, double gamingJitterPoorMs,
    double gamingLossPoorPct, double otherKbpsPoor, double otherMinBytes, double displayHeightPx,
    double weakRsrpDbm, double lowSinrDb) {

  public static final QoeThresholds DEFAULTS = new QoeThresholds(3.1, 5000, 3.0, 5000, 3.0, 100, 30,
      2, 1000, 1_000_000, 1080, -110, 0);

  private static final Set<String> KEYS = Set.of("voice.mos.poor", "voice.setup_ms.poor",
      "video.mos.poor", "video.start_delay_ms.poor", "web.mos.poor", "gaming.rtt_ms.poor",
      "gaming.jitter_ms.poor", "gaming.loss_pct.poor", "other.dl_kbps.poor", "other.min_bytes",
      "video.display_height_px", "radio.weak_rsrp_dbm", "radio.low_sinr_db");

  public QoeThresholds {
    positive("voice.mos.poor", voiceMosPoor);
    positive("video.mos.poor", videoMosPoor);
    positive("web.mos.poor", webMosPoor);
    positive("video.display_height_px", displayHeightPx);
  }

  /**
   * Thresholds from a properties file's entries (keys as in docs/qoe.md), defaults for the rest;
   * an unknown key or a value that is not a number is an error naming it.
   */
  public static QoeThresholds from(Properties p, String source) {
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new UserException(source + ": unknown threshold '" + key + "'; known: " + new java.util.TreeSet<>(KEYS));
      }
    }
    QoeThresholds d = DEFAULTS;
    return new QoeThresholds(get(p, source, "voice.mos.poor", d.voiceMosPoor),
        get(p, source, "voice.setup_ms.poor", d.voiceSetupPoorMs),
        get(p, source, "video.mos.poor", d.videoMosPoor),
        get(p, source, "video.start_delay_ms.poor", d.videoStartPoorMs),
        get(p, source, "web.mos.poor", d.webMosPoor),
        get(p, source, "gaming.rtt_ms.poor", d.gamingRttPoorMs),
        get(p, source, "gaming.jitter_ms.poor", d.gamingJitterPoorMs),
        get(p, source, "gaming.loss_pct.poor", d.gamingLossPoorPct),
        get(p, source, "other.dl_kbps.poor", d.otherKbpsPoor),
        get(p, source, "other.min_bytes", d.otherMinBytes),
        get(p, source, "video.display_height_px", d.displayHeightPx),
        get(p, source, "radio.weak_rsrp_dbm", d.weakRsrpDbm),
        get(p, source, "radio.low_sinr_db", d.lowSinrDb));
  }

  private static double get(Properties p, String source, String key, double fallback) {
    String v = p.getProperty(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new UserException(source + ": " + key + " must be a number, but was: '" + v + "'");
    }
  }

  private static void positive(String key, double v) {
    if (!(v > 0)) {
      throw new IllegalArgumentException(key + " must be > 0, but was: " + v);
    }
  }
}
