package org.netnps.core.experience;

import java.util.Arrays;

/**
 * Keys (H3 grids or cell codes) with session and poor-session counts; additive. Each place is two
 * longs side by side (the key, then sessions << 32 | poor sessions), so counting a session touches
 * one cache line of this subscriber's places; lookups go through a small open-addressing index
 * once there are more than a few keys, so a subscriber seen in hundreds of places costs the same
 * per session as one seen in three. Not thread-safe, lookups included: the index is built when a
 * lookup first needs it.
 */
public final class Places {
  private static final int LINEAR = 8;
  private static final long ONE_SESSION = 1L << 32;
  private long[] places = new long[8];   // key, counts; key, counts; ...
  private int[] slots;   // index + 1 per hash slot, 0 = empty; null while small or not yet needed
  private int size;
  private int last = -1;

  public void add(long key, boolean isPoor) {
    int i = last >= 0 && places[2 * last] == key ? last : indexOf(key);
    if (i < 0) {
      i = append(key);
    }
    places[2 * i + 1] += isPoor ? ONE_SESSION + 1 : ONE_SESSION;
    last = i;
  }

  /** Adds another's counts; room for all of its keys is made once, so a merge into empty places is exact. */
  public void merge(Places other) {
    if (size == 0) {
      copy(other);
      return;
    }
    reserve(size + other.size);
    for (int j = 0; j < other.size; j++) {
      long key = other.places[2 * j];
      int i = indexOf(key);
      if (i < 0) {
        i = append(key);
      }
      places[2 * i + 1] += other.places[2 * j + 1];
    }
  }

  /**
   * Takes another's places into empty ones, in its order (as merging them key by key would), the
   * arrays sized to them rather than to the other's (scratch places are as large as their largest use).
   * The index is built by the first lookup that needs it: places counted once are mostly only read in order.
   */
  private void copy(Places other) {
    int n = other.size;
    if (2 * n > places.length) {
      places = new long[2 * n];
    }
    System.arraycopy(other.places, 0, places, 0, 2 * n);
    size = n;
    last = -1;
    slots = null;
  }

  public int size() {
    return size;
  }

  /**
   * Empties these places but keeps their arrays, for counting one subscriber after another in
   * the same scratch places; costs the number of keys, not the size of the index.
   */
  public void clear() {
    if (slots != null) {
      int mask = slots.length - 1;
      for (int i = 0; i < size; i++) {
        int s = mix(places[2 * i]) & mask;
        while (slots[s] != i + 1) {
          s = (s + 1) & mask;
        }
        slots[s] = 0;
      }
    }
    Arrays.fill(places, 0, 2 * size, 0L);
    size = 0;
    last = -1;
  }

  public long key(int i) {
    return places[2 * i];
  }

  public int sessions(int i) {
    return (int) (places[2 * i + 1] >>> 32);
  }

  public int poor(int i) {
    return (int) places[2 * i + 1];
  }

  /** The sessions counted at a key, 0 for a key never added. */
  public int sessionsAt(long key) {
    int i = indexOf(key);
    return i < 0 ? 0 : sessions(i);
  }

  /** The key with the most sessions (the smallest such), or -1 when empty. */
  public long busiest() {
    int best = -1;
    for (int i = 0; i < size; i++) {
      if (best < 0 || busier(i, best)) {
        best = i;
      }
    }
    return best < 0 ? -1 : key(best);
  }

  /**
   * Whether place i had more sessions than place j, the smaller key winning a tie: one answer
   * whatever order the places were added in (sessions read on several threads merge in any order).
   */
  public boolean busier(int i, int j) {
    return sessions(i) > sessions(j) || sessions(i) == sessions(j) && key(i) < key(j);
  }

  private int indexOf(long key) {
    if (slots == null && size > LINEAR) {
      rehash(size);
    }
    if (slots == null) {
      for (int i = 0; i < size; i++) {
        if (places[2 * i] == key) {
          return i;
        }
      }
      return -1;
    }
    int mask = slots.length - 1;
    for (int s = mix(key) & mask; ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      if (places[2 * (v - 1)] == key) {
        return v - 1;
      }
    }
  }

  private int append(long key) {
    if (2 * size == places.length) {
      places = Arrays.copyOf(places, places.length * 2);
    }
    places[2 * size] = key;
    size++;
    if (size > LINEAR && (slots == null || size * 2 > slots.length)) {
      rehash(size);
    } else if (slots != null) {
      place(size - 1);
    }
    return size - 1;
  }

  /** Room for {@code n} keys without growing: the key array and, past the linear size, the index. */
  private void reserve(int n) {
    if (2 * n > places.length) {
      places = Arrays.copyOf(places, 2 * n);
    }
    if (n > LINEAR && (slots == null || n * 2 > slots.length)) {
      rehash(n);
    }
  }

  private void rehash(int keys) {
    slots = new int[Integer.highestOneBit(keys * 4)];
    for (int i = 0; i < size; i++) {
      place(i);
    }
  }

  private void place(int i) {
    int mask = slots.length - 1;
    int s = mix(places[2 * i]) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = i + 1;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
