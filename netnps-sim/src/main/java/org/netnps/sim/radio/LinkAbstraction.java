package org.netnps.sim.radio;

/**
 * From SINR to spectral efficiency: the attenuated Shannon bound of TR 36.942 Annex A.1,
 * SE = alpha log2(1 + SINR) between a floor SINR and a cap (LTE: alpha 0.6, -10 dB, 4.4 bit/s/Hz;
 * NR with 256QAM: alpha 0.6, -10 dB, 7.4 bit/s/Hz per TS 38.214's top CQI entry).
 */
public record LinkAbstraction(double alpha, double minSinrDb, double maxSpectralEfficiency) {
  public static final LinkAbstraction LTE = new LinkAbstraction(0.6, -10, 4.4);
  public static final LinkAbstraction NR = new LinkAbstraction(0.6, -10, 7.4);

  /** Spectral efficiency in bit/s/Hz per layer. */
  public double spectralEfficiency(double sinrDb) {
    if (sinrDb < minSinrDb) {
      return 0;
    }
    double shannon = alpha * Math.log(1 + Math.pow(10, sinrDb / 10)) / Math.log(2);
    return Math.min(shannon, maxSpectralEfficiency);
  }

  /**
   * Expected number of MIMO layers used at a SINR, for a carrier with up to maxLayers: rank 2
   * from about 10 dB and rank 4 from about 18-20 dB (research/simulator.md 2.1), as logistic
   * steps of 2 dB width; extra layers count 0.7 each for their lower per-layer SINR.
   */
  public static double effectiveLayers(double sinrDb, int maxLayers) {
    double layers = 1;
    if (maxLayers >= 2) {
      layers += 0.7 * logistic((sinrDb - 10) / 2);
    }
    if (maxLayers >= 4) {
      layers += 1.4 * logistic((sinrDb - 19) / 2);
    }
    return layers;
  }

  /** Thermal noise (dBm) in a bandwidth with a receiver noise figure: -174 + 10 log10(B) + NF. */
  public static double noiseDbm(double bandwidthHz, double noiseFigureDb) {
    return -174 + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
