package org.netnps.core.nps;

/**
 * NPS of survey answers with the multinomial standard error
 * SE = 100 sqrt((p + d - (p - d)^2) / n) and a Wald interval, clipped to [-100, 100]
 * (research/standards.md 5).
 */
public final class SurveyNps {
  private SurveyNps() {}

  public static NpsEstimate of(long promoters, long passives, long detractors) {
    long n = promoters + passives + detractors;
    if (n == 0) {
      return new NpsEstimate(Double.NaN, Double.NaN, Double.NaN, 0, 0);
    }
    double p = (double) promoters / n;
    double d = (double) detractors / n;
    double nps = 100 * (p - d);
    double se = standardError(p, d, n);
    return new NpsEstimate(nps, Math.max(-100, nps - NpsEstimate.Z95 * se),
        Math.min(100, nps + NpsEstimate.Z95 * se), 0, (int) n);
  }

  public static double standardError(double promoterShare, double detractorShare, long n) {
    double diff = promoterShare - detractorShare;
    return 100 * Math.sqrt(Math.max(0, promoterShare + detractorShare - diff * diff) / n);
  }
}
