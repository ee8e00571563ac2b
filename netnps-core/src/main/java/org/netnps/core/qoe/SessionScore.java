package org.netnps.core.qoe;

/**
 * The QoE of one session: MOS on 1..5 (NaN when the record lacks the service's inputs), the
 * E-model scale for voice, and whether it is a poor event and why. Mutable, reused per row.
 */
public final class SessionScore {
  public double mos = Double.NaN;
  public RatingScale scale;
  public boolean poor;
  public PoorReason reason;

  void reset() {
    mos = Double.NaN;
    scale = null;
    poor = false;
    reason = null;
  }

  void poor(PoorReason why) {
    if (!poor) {
      poor = true;
      reason = why;
    }
  }
}
