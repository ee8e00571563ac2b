package org.netnps.core.qoe;

/**
 * The ITU-T G.107 (06/2015) E-model, narrowband, full chain: R = Ro - Is - Id - Ie,eff + A.
 * Every equation follows the Recommendation as transcribed in research/standards.md section 1.1;
 * with the Table 3 defaults it gives R = 93.2062 (published reference value 93.206208).
 */
public final class EModel {
  private EModel() {}

  /** Transmission parameters of G.107 Table 3, in its symbols and units (dB, ms, dBm0p, %). */
  public record Parameters(double slr, double rlr, double stmr, double lstr, double ds, double dr,
      double telr, double wepl, double meanOneWayDelayMs, double roundTripDelayMs,
      double absoluteDelayMs, double qdu, double ie, double bpl, double ppl, double burstR,
      double nc, double nfor, double ps, double pr, double advantage) {

    public Parameters {
      if (ppl < 0 || ppl > 100) {
        throw new IllegalArgumentException("Ppl must be in [0, 100] %, but was: " + ppl);
      }
      if (burstR < 1) {
        throw new IllegalArgumentException("BurstR must be >= 1, but was: " + burstR);
      }
      if (bpl <= 0) {
        throw new IllegalArgumentException("Bpl must be > 0, but was: " + bpl);
      }
    }

    /** G.107 Table 3 default values. */
    public static final Parameters DEFAULTS = new Parameters(8, 2, 15, 18, 3, 3, 65, 110, 0, 0, 0,
        1, 0, 4.3, 0, 1, -70, -64, 35, 35, 0);

    /** The same with an equipment impairment and its packet-loss robustness. */
    public Parameters withCodec(double ie, double bpl) {
      return new Parameters(slr, rlr, stmr, lstr, ds, dr, telr, wepl, meanOneWayDelayMs,
          roundTripDelayMs, absoluteDelayMs, qdu, ie, bpl, ppl, burstR, nc, nfor, ps, pr, advantage);
    }

    /** The same with a packet-loss probability (percent) and burst ratio. */
    public Parameters withLoss(double ppl, double burstR) {
      return new Parameters(slr, rlr, stmr, lstr, ds, dr, telr, wepl, meanOneWayDelayMs,
          roundTripDelayMs, absoluteDelayMs, qdu, ie, bpl, ppl, burstR, nc, nfor, ps, pr, advantage);
    }

    /**
     * The same with a one-way mouth-to-ear delay Ta (ms); the talker-echo path T is taken as Ta
     * and the listener-echo round trip Tr as 2 Ta, as for an end-to-end packet path.
     */
    public Parameters withDelay(double oneWayMs) {
      return new Parameters(slr, rlr, stmr, lstr, ds, dr, telr, wepl, oneWayMs, 2 * oneWayMs,
          oneWayMs, qdu, ie, bpl, ppl, burstR, nc, nfor, ps, pr, advantage);
    }
  }

  /** The rating and its impairment terms, for checking against the Recommendation. */
  public record Rating(double no, double ro, double iolr, double ist, double iq, double is,
      double idte, double idle, double idd, double ieEff, double r) {
    public double id() {
      return idte + idle + idd;
    }

    public double mos() {
      return RatingScale.mosFromR(r);
    }
  }

  public static Rating rate(Parameters p) {
    double olr = p.slr() + p.rlr();
    double nos = p.ps() - p.slr() - p.ds() - 100 + 0.004 * sq(p.ps() - olr - p.ds() - 14);
    double pre = p.pr() + 10 * Math.log10(1 + Math.pow(10, (10 - p.lstr()) / 10));
    double nor = p.rlr() - 121 + pre + 0.008 * sq(pre - 35);
    double nfo = p.nfor() + p.rlr();
    double no = 10 * Math.log10(Math.pow(10, p.nc() / 10) + Math.pow(10, nos / 10)
        + Math.pow(10, nor / 10) + Math.pow(10, nfo / 10));
    double ro = 15 - 1.5 * (p.slr() + no);

    double xolr = olr + 0.2 * (64 + no - p.rlr());
    double iolr = 20 * (Math.pow(1 + Math.pow(xolr / 8, 8), 1.0 / 8) - xolr / 8);
    double t = p.meanOneWayDelayMs();
    double stmro = -10 * Math.log10(Math.pow(10, -p.stmr() / 10)
        + Math.exp(-t / 4) * Math.pow(10, -p.telr() / 10));
    double ist = 12 * Math.pow(1 + Math.pow((stmro - 13) / 6, 8), 1.0 / 8)
        - 28 * Math.pow(1 + Math.pow((stmro + 1) / 19.4, 35), 1.0 / 35)
        - 13 * Math.pow(1 + Math.pow((stmro - 3) / 33, 13), 1.0 / 13) + 29;
    double q = 37 - 15 * Math.log10(p.qdu());
    double g = 1.07 + 0.258 * q + 0.0602 * q * q;
    double y = (ro - 100) / 15 + 46 / 8.4 - g / 9;
    double z = 46 / 30.0 - g / 40;
    double iq = 15 * Math.log10(1 + Math.pow(10, y) + Math.pow(10, z));
    double is = iolr + ist + iq;

    double idte = talkerEcho(p, no, t, ist);
    double idle = listenerEcho(p, ro);
    double idd = absoluteDelay(p.absoluteDelayMs());
    double ieEff = effectiveEquipmentImpairment(p.ie(), p.bpl(), p.ppl(), p.burstR());
    double r = ro - is - (idte + idle + idd) - ieEff + p.advantage();
    return new Rating(no, ro, iolr, ist, iq, is, idte, idle, idd, ieEff, r);
  }

  /** Ie,eff = Ie + (95 - Ie) Ppl / (Ppl / BurstR + Bpl); G.107.1 keeps the constant 95. */
  public static double effectiveEquipmentImpairment(double ie, double bpl, double pplPct, double burstR) {
    return ie + (95 - ie) * pplPct / (pplPct / burstR + bpl);
  }

  private static double talkerEcho(Parameters p, double no, double t, double ist) {
    double roe = -1.5 * (no - p.rlr());
    double terv = p.telr() - 40 * Math.log10((1 + t / 10) / (1 + t / 150)) + 6 * Math.exp(-0.3 * t * t);
    if (p.stmr() < 9) {
      terv += ist / 2;
    }
    double re = 80 + 2.5 * (terv - 14);
    double idte = ((roe - re) / 2 + Math.sqrt(sq(roe - re) / 4 + 100) - 1) * (1 - Math.exp(-t));
    return p.stmr() > 20 ? Math.sqrt(idte * idte + ist * ist) : idte;
  }

  private static double listenerEcho(Parameters p, double ro) {
    double rle = 10.5 * (p.wepl() + 7) * Math.pow(p.roundTripDelayMs() + 1, -0.25);
    return (ro - rle) / 2 + Math.sqrt(sq(ro - rle) / 4 + 169);
  }

  /** Idd with the 2015 defaults mT = 100 ms and sT = 1. */
  private static double absoluteDelay(double ta) {
    final double mT = 100;
    if (ta <= mT) {
      return 0;
    }
    double x = Math.log10(ta / mT) / Math.log10(2);
    double e = 6.0;
    return 25 * (Math.pow(1 + Math.pow(x, e), 1 / e) - 3 * Math.pow(1 + Math.pow(x / 3, e), 1 / e) + 2);
  }

  private static double sq(double v) {
    return v * v;
  }
}
