package org.netnps.io.scan;

import java.util.Arrays;

/**
 * Who was in which grid in which hour: one packed long per session (grid row, hour, subscriber),
 * sorted on demand, so distinct subscribers per grid-hour can be counted exactly after the pass.
 * Hours count from a base 2^13 hours before the first session seen. Visits are kept in blocks as
 * they come (nothing copied as they grow) and put in one array when sorted.
 */
public final class GridVisits {
  private static final int HOUR_BITS = 14;
  private static final int SUB_BITS = 27;
  private static final long HOUR_MASK = (1L << HOUR_BITS) - 1;
  private static final long SUB_MASK = (1L << SUB_BITS) - 1;
  private static final int BLOCK_BITS = 16;
  private static final int BLOCK = 1 << BLOCK_BITS;
  private long[][] blocks = new long[0][];
  private long[] sorted;   // all visits in one array, once sorted
  private int size;
  private long baseHour = Long.MIN_VALUE;
  private long dropped;

  void add(int gridRow, long epochMs, int subscriber) {
    long hour = Math.floorDiv(epochMs, 3_600_000L);
    if (baseHour == Long.MIN_VALUE) {
      baseHour = hour - (1L << (HOUR_BITS - 1));
    }
    long h = hour - baseHour;
    if (h < 0 || h > HOUR_MASK || subscriber > SUB_MASK || gridRow >= 1 << (63 - HOUR_BITS - SUB_BITS)) {
      dropped++;   // beyond the packing: the grid-hour subscriber counts leave these out
      return;
    }
    if (sorted != null) {
      throw new IllegalStateException("visits added after sorting");
    }
    if ((size & (BLOCK - 1)) == 0 && size >>> BLOCK_BITS == blocks.length) {
      blocks = Arrays.copyOf(blocks, blocks.length + 1);
      blocks[blocks.length - 1] = new long[BLOCK];
    }
    blocks[size >>> BLOCK_BITS][size & (BLOCK - 1)] = ((long) gridRow << (HOUR_BITS + SUB_BITS)) | (h << SUB_BITS)
        | subscriber;
    size++;
  }

  /** Counts visits another table could not pack (merging tables). */
  void addDropped(long n) {
    dropped += n;
  }

  /** Sorts the visits by grid, hour, subscriber, after the pass (no visit can be added after). */
  public void sort() {
    if (sorted != null) {
      return;
    }
    long[] all = new long[size];
    for (int b = 0; b < blocks.length; b++) {
      System.arraycopy(blocks[b], 0, all, b << BLOCK_BITS, Math.min(BLOCK, size - (b << BLOCK_BITS)));
    }
    blocks = null;
    Arrays.sort(all);
    sorted = all;
  }

  private long packed(int i) {
    return sorted != null ? sorted[i] : blocks[i >>> BLOCK_BITS][i & (BLOCK - 1)];
  }

  public int size() {
    return size;
  }

  /** Visits that could not be packed (more than a year from the first, or an enormous base). */
  public long dropped() {
    return dropped;
  }

  public int gridRow(int i) {
    return (int) (packed(i) >>> (HOUR_BITS + SUB_BITS));
  }

  public long hourStartMs(int i) {
    return (baseHour + ((packed(i) >>> SUB_BITS) & HOUR_MASK)) * 3_600_000L;
  }

  public int subscriber(int i) {
    return (int) (packed(i) & SUB_MASK);
  }

  /** Whether visit i is in the same grid-hour as visit j. */
  public boolean sameGridHour(int i, int j) {
    return (packed(i) >>> SUB_BITS) == (packed(j) >>> SUB_BITS);
  }
}
