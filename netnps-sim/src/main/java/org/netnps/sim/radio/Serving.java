package org.netnps.sim.radio;

import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.problem.Effects;

/**
 * Cell selection and SINR of a session. An NR-capable device camps on NR when the NR cell's RSRP
 * is at least -108 dBm (a B1-style threshold), otherwise on the strongest LTE cell; below
 * -128 dBm there is no service. SINR = S / (sum_j rho_j I_j + N) over the other candidate cells
 * of the layer, each weighted by its PRB utilisation rho_j (load-coupled interference,
 * research/simulator.md 9.1 step 4) with a floor for always-on reference signals; N is the
 * thermal noise per resource element with a 9 dB UE noise figure, raised by external
 * interference at the serving cell.
 */
public final class Serving {
  public static final double NR_SELECTION_RSRP_DBM = -108;
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

  public Serving(RadioMap map, Network network, Effects effects) {
    this.map = map;
    this.network = network;
    this.effects = effects;
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
        && out.rsrpDbm >= NR_SELECTION_RSRP_DBM) {
      return;
    }
    if (!pick(Layer.LTE_1800, pixel, lossDb, time, load, out) || out.rsrpDbm < MIN_SERVICE_RSRP_DBM) {
      out.cell = -1;
    }
  }

  private boolean pick(Layer layer, int pixel, double lossDb, long time, float[] load, Link out) {
    int best = -1;
    double bestPower = 0;
    double bestMw = 0;
    double interference = 0;
    for (int k = 0; k < RadioMap.TOP_K; k++) {
      int c = map.cell(layer, pixel, k);
      if (c < 0) {
        break;
      }
      if (effects.down(c, time)) {
        continue;
      }
      if (best < 0) {
        best = c;
        bestPower = map.power(layer, pixel, k);
        bestMw = map.milliwatts(layer, pixel, k);
      } else {
        interference += Math.max(load[c], LOAD_FLOOR[layer.ordinal()]) * map.milliwatts(layer, pixel, k);
      }
    }
    if (best < 0) {
      return false;
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
}
