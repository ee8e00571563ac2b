package org.netnps.io.validate;

import java.util.Arrays;
import org.netnps.io.text.ByteDictionary;

/**
 * The values of one text column of a batch, kept (bytes and hash) until the batch is complete and
 * then coded in one loop. Looking a value up in a large dictionary (100,000 subscribers) misses
 * the cache; in a loop that does nothing else the misses of successive rows overlap, where inside
 * the parse of a row each waits alone. Codes come out in row order, as coding row by row would
 * give them.
 */
final class DeferredCodes {
  private static final int NONE = -1;
  private final ByteDictionary dictionary;
  private final int[] start;
  private final int[] end;
  private final int[] hash;
  private byte[] arena = new byte[1 << 16];
  private int used;
  /**
   * Rows whose first dictionary slots are read together before they are coded one by one, so that
   * even the misses of the probes' first loads overlap (a power of two).
   */
  private static final int TOUCH_ROWS = 128;
  /** The sum of the slots read ahead, kept so that the compiler cannot leave the reads out. */
  private long sink;

  DeferredCodes(ByteDictionary dictionary, int capacity) {
    this.dictionary = dictionary;
    this.start = new int[capacity];
    this.end = new int[capacity];
    this.hash = new int[capacity];
  }

  /** Keeps the value of a row (a row written again, after a rejection, replaces it). */
  void put(int row, byte[] b, int s, int e) {
    int len = e - s;
    if (used + len > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + len));
    }
    System.arraycopy(b, s, arena, used, len);
    start[row] = used;
    end[row] = used + len;
    hash[row] = ByteDictionary.hash(arena, used, used + len);
    used += len;
  }

  /** The row has no value (its code stays as written). */
  void missing(int row) {
    start[row] = NONE;
  }

  /** Writes the codes of rows [0, rows) and forgets the values. */
  void codeInto(int[] codes, int rows) {
    long touched = 0;
    for (int row = 0; row < rows; row++) {
      if ((row & (TOUCH_ROWS - 1)) == 0) {
        for (int r = row, to = Math.min(rows, row + TOUCH_ROWS); r < to; r++) {
          touched += start[r] != NONE ? dictionary.touch(hash[r]) : 0;
        }
      }
      if (start[row] != NONE) {
        codes[row] = dictionary.intern(arena, start[row], end[row], hash[row]);
      }
    }
    used = 0;
    sink += touched;
  }
}
