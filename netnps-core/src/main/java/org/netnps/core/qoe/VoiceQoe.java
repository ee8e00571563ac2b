package org.netnps.core.qoe;

import org.netnps.core.domain.Codec;

/**
 * Listening-and-talking quality of a VoLTE/VoNR call from its codec mode, packet loss, jitter and
 * one-way delay: G.107 (AMR-NB), G.107.1 (AMR-WB) or G.107.2 (EVS), each on its own scale.
 */
public final class VoiceQoe {
  /** Mouth-to-ear delay assumed when the probe did not measure it (ms). */
  public static final double DEFAULT_DELAY_MS = 100;
  /** A de-jitter buffer holds about two jitter spans: it adds 2 x jitter to the delay. */
  public static final double JITTER_BUFFER_FACTOR = 2;

  private static final double NO_DELAY_ID = EModel.rate(EModel.Parameters.DEFAULTS).id();

  private VoiceQoe() {}

  /** The rating of a call, its scale and MOS. */
  public record VoiceRating(RatingScale scale, double r, double mos) {}

  public static VoiceRating rate(Codec codec, double codecKbps, double lossPct, double jitterMs, double delayMs) {
    CodecImpairment c = CodecImpairment.of(codec == null ? Codec.AMR_WB : codec, codecKbps);
    double loss = Double.isNaN(lossPct) ? 0 : Math.min(lossPct, 100);
    double delay = (Double.isNaN(delayMs) ? DEFAULT_DELAY_MS : delayMs)
        + JITTER_BUFFER_FACTOR * (Double.isNaN(jitterMs) ? 0 : jitterMs);
    double ieEff = EModel.effectiveEquipmentImpairment(c.ie(), c.bpl(), loss, 1);
    if (c.scale() == RatingScale.NARROWBAND) {
      // G.107 at default settings: R = (Ro - Is - Id + A)(delay) - Ie,eff, the first part tabulated
      double r = DelayTable.ratingWithoutEquipment(delay) - ieEff;
      return new VoiceRating(c.scale(), r, c.scale().mos(r));
    }
    // G.107.1 / G.107.2: R = Ro,X - Is,X - Id,X - Ie,eff,X with Is,X = 0 at default settings; the
    // delay impairment is G.107's, above its zero-delay value, stretched to the scale (docs/qoe.md)
    double stretch = c.scale().rMax() / RatingScale.NARROWBAND.rMax();
    double idDelay = (DelayTable.delayImpairment(delay) - NO_DELAY_ID) * stretch;
    double r = c.scale().rMax() - idDelay - ieEff;
    return new VoiceRating(c.scale(), r, c.scale().mos(r));
  }
}
