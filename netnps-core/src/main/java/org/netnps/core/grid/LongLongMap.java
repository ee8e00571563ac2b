package org.netnps.core.grid;

import java.util.Arrays;

/**
 * A small open-addressing map of long keys to long values (no boxing); not thread-safe. A key and
 * its value sit side by side in one array, so a lookup that misses the cache costs one line, not
 * one in a key array and another in a value array.
 */
public final class LongLongMap {
  public static final long ABSENT = Long.MIN_VALUE;
  private long[] slots = newSlots(1 << 14);   // key at 2i, value at 2i + 1
  private int size;

  public long get(long key) {
    int mask = capacity() - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      long k = slots[2 * i];
      if (k == key) {
        return slots[2 * i + 1];
      }
      if (k == ABSENT) {
        return ABSENT;
      }
    }
  }

  /** Maps {@code key} (not {@link #ABSENT}) to {@code value}, replacing any value it had. */
  public void put(long key, long value) {
    if (key == ABSENT) {
      throw new IllegalArgumentException("the key " + ABSENT + " marks an empty slot");
    }
    int mask = capacity() - 1;
    int i = mix(key) & mask;
    while (slots[2 * i] != ABSENT && slots[2 * i] != key) {
      i = (i + 1) & mask;
    }
    if (slots[2 * i] == ABSENT) {
      size++;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = value;
    if (size * 2 > capacity()) {
      grow();
    }
  }

  public int size() {
    return size;
  }

  private int capacity() {
    return slots.length / 2;
  }

  private void grow() {
    long[] old = slots;
    slots = newSlots(old.length);
    size = 0;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != ABSENT) {
        put(old[j], old[j + 1]);
      }
    }
  }

  private static long[] newSlots(int capacity) {
    long[] s = new long[2 * capacity];
    Arrays.fill(s, ABSENT);
    return s;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}
