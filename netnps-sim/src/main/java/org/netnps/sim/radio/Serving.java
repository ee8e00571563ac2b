package org.netnps.sim.radio;

import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.problem.Effects;

/**
 * Cell selection and SINR of a session. An NR-capable device camps on NR when the NR cell's RSRP
 * reaches that cell's selection threshold (-108 dBm as built, a B1-style threshold), otherwise on
 * LTE; below -128 dBm there is no service. Within a layer the UE ranks the cells by RSRP plus
 * their cell individual offset (TS 36.331), so a cell whose offset load balancing lowered hands
 * its edge users to the next best neighbour, which they then receive more weakly than the cell
 * that now interferes with them. SINR = S / (sum_j rho_j I_j + N) over the other candidate cells
 * of the layer, each weighted by its PRB utilisation rho_j (load-coupled interference,
 * research/simulator.md 9.1 step 4) with a floor for always-on reference signals; N is the
 * thermal noise per resource element with a 9 dB UE noise figure, raised by external
 * interference at the serving cell.
 */
public final class Serving {
  public static final double MIN_SERVICE_RSRP_DBM = -128;
  public static final double UE_NOISE_FIGURE_DB = 9;
  private static final double[] NOISE_RE_MW = new double[Layer.values().length];
  private static final double[] LOAD_FLOOR = new double[Layer.values().length];

  static {
    for (Layer l : Layer.values()) {
      NOISE_RE_MW[l.ordinal()] = Math.pow(10, LinkAbstraction.noiseDbm(l.subcarrierHz, UE_NOISE_FIGURE_DB) / 10);
      LOAD_FLOOR[l.ordinal()] = l == Layer.LTE_1800 ? 0.15 : 0.05;
    }
  }

  private final RadioMap map;
  private final Network network;
  private final Effects effects;
  private final double[] cioDb;
  private final double[] nrSelectionRsrpDbm;
  private final boolean offsets;

  public Serving(RadioMap map, Network network, Effects effects) {
    this.map = map;
    this.network = network;
    this.effects = effects;
    int n = network.cells().size();
    cioDb = new double[n];
    nrSelectionRsrpDbm = new double[n];
    boolean any = false;
    for (Cell c : network.cells()) {
      cioDb[c.index] = c.cioDb;
      nrSelectionRsrpDbm[c.index] = c.nrSelectionRsrpDbm;
      any |= c.cioDb != 0;
    }
    offsets = any;
  }

  /**
   * Fills the link of a session at a pixel.
   *
   * @param load PRB utilisation per cell in the session's 15-minute bin
   * @param lossDb building or vehicle penetration loss on the UE side
   */
  public void serve(int pixel, double lossDb, boolean nrDevice, long time, float[] load, Link out) {
    out.cell = -1;
    if (pixel < 0) {
      return;
    }
    if (nrDevice && pick(Layer.NR_3500, pixel, lossDb, time, load, out)
        && out.rsrpDbm >= nrSelectionRsrpDbm[out.cell]) {
      return;
    }
    if (!pick(Layer.LTE_1800, pixel, lossDb, time, load, out) || out.rsrpDbm < MIN_SERVICE_RSRP_DBM) {
      out.cell = -1;
    }
  }

  private boolean pick(Layer layer, int pixel, double lossDb, long time, float[] load, Link out) {
    int bestK = rank(layer, pixel, time);
    if (bestK < 0) {
      return false;
    }
    int best = map.cell(layer, pixel, bestK);
    double bestPower = map.power(layer, pixel, bestK);
    double bestMw = map.milliwatts(layer, pixel, bestK);
    double interference = 0;
    for (int k = 0; k < RadioMap.TOP_K; k++) {
      int c = map.cell(layer, pixel, k);
      if (c < 0) {
        break;
      }
      if (k != bestK && !effects.down(c, time)) {
        interference += Math.max(load[c], LOAD_FLOOR[layer.ordinal()]) * map.milliwatts(layer, pixel, k);
      }
    }
    Cell cell = network.cell(best);
    double attenuation = Math.pow(10, -lossDb / 10);
    double noise = NOISE_RE_MW[layer.ordinal()] * Math.pow(10, effects.noiseRiseDb(best, time) / 20);
    double signal = bestMw * attenuation;
    out.cell = best;
    out.rsrpDbm = bestPower - lossDb;
    out.sinrDb = 10 * Math.log10(signal / (interference * attenuation + noise));
    double se = layer.link.spectralEfficiency(out.sinrDb) * LinkAbstraction.effectiveLayers(out.sinrDb, layer.maxLayers);
    out.fullCellKbps = Math.min(se * cell.dataHz() / 1000, layer.deviceCapKbps * cell.carriers);
    return true;
  }

  /**
   * The rank (k) of the cell a UE at the pixel selects on the layer: the highest RSRP plus cell
   * individual offset among the cells in service, or -1. Without offsets, the strongest in service.
   */
  private int rank(Layer layer, int pixel, long time) {
    int bestK = -1;
    double bestRanking = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < RadioMap.TOP_K; k++) {
      int c = map.cell(layer, pixel, k);
      if (c < 0) {
        break;
      }
      if (effects.down(c, time)) {
        continue;
      }
      double ranking = map.power(layer, pixel, k) + cioDb[c];
      if (ranking > bestRanking) {
        bestK = k;
        bestRanking = ranking;
      }
      if (!offsets) {
        break;
      }
    }
    return bestK;
  }
}
