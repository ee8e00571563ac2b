package org.netnps.core.grid;

import java.util.Arrays;

/** A small open-addressing map of long keys to long values (no boxing); not thread-safe. */
public final class LongLongMap {
  public static final long ABSENT = Long.MIN_VALUE;
  private long[] keys = new long[1 << 14];
  private long[] values = new long[1 << 14];
  private int size;

  public LongLongMap() {
    Arrays.fill(keys, ABSENT);
  }

  public long get(long key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == ABSENT) {
        return ABSENT;
      }
    }
  }

  public void put(long key, long value) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != ABSENT && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == ABSENT) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  public int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    Arrays.fill(keys, ABSENT);
    size = 0;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != ABSENT) {
        put(oldKeys[j], oldValues[j]);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}
