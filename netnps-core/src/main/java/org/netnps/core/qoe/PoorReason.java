package org.netnps.core.qoe;

import org.netnps.core.domain.Service;

/** Why a session counts as a poor-QoE event; each reason belongs to one service. */
public enum PoorReason {
  CALL_FAILED(Service.VOICE, "failed call"),
  CALL_DROPPED(Service.VOICE, "dropped call"),
  VOICE_LOW_MOS(Service.VOICE, "poor-quality call"),
  VOICE_SLOW_SETUP(Service.VOICE, "slow call setup"),
  VIDEO_STALLING(Service.VIDEO, "stalled video"),
  VIDEO_START_DELAY(Service.VIDEO, "slow video start"),
  VIDEO_LOW_QUALITY(Service.VIDEO, "low video quality"),
  WEB_FAILURE(Service.WEB, "failed page load"),
  WEB_SLOW(Service.WEB, "slow page load"),
  GAMING_LAG(Service.GAMING, "laggy game session"),
  LOW_THROUGHPUT(Service.OTHER, "slow download");

  private final Service service;
  private final String label;

  PoorReason(Service service, String label) {
    this.service = service;
    this.label = label;
  }

  public Service service() {
    return service;
  }

  /** Human wording, singular ("dropped call"). */
  public String label() {
    return label;
  }

  /** "1 dropped call", "3 dropped calls". */
  public String count(long n) {
    return n + " " + label + (n == 1 ? "" : "s");
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
