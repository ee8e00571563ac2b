package org.netnps.sim.load;

/** Offered load and PRB utilisation of every cell in each 15-minute bin of a day. */
public final class CellLoad {
  public static final int BINS = 96;
  public static final long BIN_MS = 900_000L;
  /** [bin][cell] offered load (can exceed 1) and PRB utilisation (capped at 1). */
  public final float[][] offered;
  public final float[][] utilisation;

  public CellLoad(int cells, float initialUtilisation) {
    offered = new float[BINS][cells];
    utilisation = new float[BINS][cells];
    for (int b = 0; b < BINS; b++) {
      java.util.Arrays.fill(utilisation[b], initialUtilisation);
      java.util.Arrays.fill(offered[b], initialUtilisation);
    }
  }

  public int cells() {
    return offered[0].length;
  }
}
