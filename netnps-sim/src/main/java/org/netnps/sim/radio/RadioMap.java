package org.netnps.sim.radio;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.netnps.sim.Seeds;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;

/**
 * The outdoor received power per resource element at every pixel from the strongest K cells of
 * each layer (research/simulator.md 9.1 step 3): 38.901 UMa path loss (UMi street canyon for
 * sites at or below 15 m) with a LOS draw per site and pixel, correlated shadowing, the sector antenna with its tilt, and the layer's EPRE. The
 * interference and load are applied later, per session, because they change every 15 minutes.
 */
public final class RadioMap {
  /** Candidate cells kept per pixel and layer. */
  public static final int TOP_K = 8;
  /** UE height, metres (38.901 calibration). */
  public static final double UE_HEIGHT_M = 1.5;
  /** 38.901 UMa minimum BS-UT distance, metres. */
  public static final double MIN_DISTANCE_M = 35;
  private static final double SIGMA_LOS_DB = 4;
  private static final double SIGMA_NLOS_DB = 6;
  private static final double SIGMA_UMI_NLOS_DB = 7.82;
  /** Sites at or below this height (m) are street-level: TR 38.901 UMi (hBS 10 m) rather than UMa. */
  static final double STREET_LEVEL_M = 15;

  private final PixelGrid grid;
  private final int[][] cells; // [layer][pixel * K + k], -1 = none
  private final float[][] power; // [layer][pixel * K + k], dBm per RE, strongest first
  private final double[][] milliwatts; // the same in mW, computed once: serving a session sums them

  RadioMap(PixelGrid grid, int[][] cells, float[][] power) {
    this.grid = grid;
    this.cells = cells;
    this.power = power;
    this.milliwatts = new double[power.length][];
    for (int l = 0; l < power.length; l++) {
      milliwatts[l] = new double[power[l].length];
      for (int i = 0; i < power[l].length; i++) {
        double dbm = power[l][i];
        milliwatts[l][i] = Math.pow(10, dbm / 10);
      }
    }
  }

  public PixelGrid grid() {
    return grid;
  }

  /** The k-th strongest cell index of a layer at a pixel, or -1. */
  public int cell(Layer layer, int pixel, int k) {
    return cells[layer.ordinal()][pixel * TOP_K + k];
  }

  /** Received power per RE (dBm, outdoor) of the k-th strongest cell of a layer at a pixel. */
  public float power(Layer layer, int pixel, int k) {
    return power[layer.ordinal()][pixel * TOP_K + k];
  }

  /** {@link #power} in mW: 10^(dBm / 10). */
  public double milliwatts(Layer layer, int pixel, int k) {
    return milliwatts[layer.ordinal()][pixel * TOP_K + k];
  }

  /** Maximum distance evaluated per layer, metres. */
  public static double rangeM(Layer layer) {
    return layer == Layer.LTE_1800 ? 4000 : 2500;
  }

  public static RadioMap compute(Network network, PixelGrid grid, ShadowFields shadow, long seed) {
    int layers = Layer.values().length;
    int[][] cells = new int[layers][grid.size() * TOP_K];
    float[][] power = new float[layers][grid.size() * TOP_K];
    for (int l = 0; l < layers; l++) {
      Arrays.fill(cells[l], -1);
      Arrays.fill(power[l], Float.NEGATIVE_INFINITY);
    }
    List<Cell> all = network.cells();
    IntStream.range(0, grid.rows()).parallel().forEach(row -> {
      double y = grid.centreY(row);
      for (Cell cell : all) {
        double range = rangeM(cell.layer);
        double dy = y - cell.site.y();
        if (Math.abs(dy) > range) {
          continue;
        }
        double halfWidth = Math.sqrt(range * range - dy * dy);
        int from = Math.max(0, grid.column(cell.site.x() - halfWidth));
        int to = Math.min(grid.columns() - 1, grid.column(cell.site.x() + halfWidth));
        int l = cell.layer.ordinal();
        for (int col = from; col <= to; col++) {
          double p = receivedPower(cell, grid.centreX(col) - cell.site.x(), dy,
              shadow.at(cell.site, col, row),
              Seeds.uniform(seed, Seeds.LOS, cell.site.index(), (long) row * grid.columns() + col));
          insert(cells[l], power[l], row * grid.columns() + col, cell.index, (float) p);
        }
      }
    });
    return new RadioMap(grid, cells, power);
  }

  /**
   * Outdoor received power per RE (dBm) at an offset (east, north, metres) from the cell's site.
   *
   * @param shadowUnit the site's unit-variance shadowing at the point
   * @param losDraw a uniform number: the point is in LOS when it is below P_LOS(d)
   */
  public static double receivedPower(Cell cell, double dx, double dy, double shadowUnit, double losDraw) {
    Layer layer = cell.layer;
    double d2d = Math.max(MIN_DISTANCE_M, Math.hypot(dx, dy));
    double hBs = cell.site.heightM();
    double fc = layer.freqMhz / 1000;
    double pathLoss;
    double sigma;
    if (hBs <= STREET_LEVEL_M) { // below the rooftops: UMi street canyon
      boolean los = losDraw < PathLoss.umiLosProbability(d2d);
      pathLoss = los ? PathLoss.umiLos(d2d, hBs, UE_HEIGHT_M, fc) : PathLoss.umiNlos(d2d, hBs, UE_HEIGHT_M, fc);
      sigma = los ? SIGMA_LOS_DB : SIGMA_UMI_NLOS_DB;
    } else {
      boolean los = losDraw < PathLoss.umaLosProbability(d2d, UE_HEIGHT_M);
      pathLoss = los ? PathLoss.umaLos(d2d, hBs, UE_HEIGHT_M, fc) : PathLoss.umaNlos(d2d, hBs, UE_HEIGHT_M, fc);
      sigma = los ? SIGMA_LOS_DB : SIGMA_NLOS_DB;
    }
    double shadow = sigma * shadowUnit;
    double bearing = Math.toDegrees(Math.atan2(dx, dy));
    double depression = Math.toDegrees(Math.atan2(hBs - UE_HEIGHT_M, d2d));
    double gain = SectorAntenna.MACRO_PANEL.gainDbi(
        SectorAntenna.offBoresight(bearing, cell.azimuthDeg), depression, cell.totalTiltDeg());
    double epre = cell.txPowerDbm - 10 * Math.log10(layer.subcarriers());
    return epre + gain + layer.beamGainDb - layer.feederLossDb - pathLoss - shadow;
  }

  private static void insert(int[] cells, float[] power, int pixel, int cell, float p) {
    int base = pixel * TOP_K;
    if (p <= power[base + TOP_K - 1]) {
      return;
    }
    int k = TOP_K - 1;
    while (k > 0 && power[base + k - 1] < p) {
      power[base + k] = power[base + k - 1];
      cells[base + k] = cells[base + k - 1];
      k--;
    }
    power[base + k] = p;
    cells[base + k] = cell;
  }
}
