package org.netnps.core.qoe;

/**
 * Web browsing quality in the form of ITU-T G.1030 Appendix II: opinion falls linearly with the
 * logarithm of the page load time, MOS = 4.5 - ln(PLT / 1 s), bounded to [1, 4.5]. The G.1030
 * coefficients were not available; these are the planning values of research/simulator.md 3.3.
 */
public final class WebQoe {
  private WebQoe() {}

  public static double mos(double pageLoadMs) {
    double s = Math.max(pageLoadMs, 1) / 1000.0;
    return Math.max(1, Math.min(4.5, 4.5 - Math.log(s)));
  }
}
