package org.netnps.core.experience;

import java.util.Arrays;

/** Keys (H3 grids or cell codes) with session and poor-session counts; small and additive. */
public final class Places {
  private long[] keys = new long[4];
  private int[] sessions = new int[4];
  private int[] poor = new int[4];
  private int size;
  private int last = -1;

  public void add(long key, boolean isPoor) {
    int i = last >= 0 && keys[last] == key ? last : indexOf(key);
    if (i < 0) {
      i = append(key);
    }
    sessions[i]++;
    if (isPoor) {
      poor[i]++;
    }
    last = i;
  }

  void merge(Places other) {
    for (int j = 0; j < other.size; j++) {
      int i = indexOf(other.keys[j]);
      if (i < 0) {
        i = append(other.keys[j]);
      }
      sessions[i] += other.sessions[j];
      poor[i] += other.poor[j];
    }
  }

  public int size() {
    return size;
  }

  public long key(int i) {
    return keys[i];
  }

  public int sessions(int i) {
    return sessions[i];
  }

  public int poor(int i) {
    return poor[i];
  }

  /** The key with the most sessions (the first such), or -1 when empty. */
  public long busiest() {
    int best = -1;
    for (int i = 0; i < size; i++) {
      if (best < 0 || sessions[i] > sessions[best]) {
        best = i;
      }
    }
    return best < 0 ? -1 : keys[best];
  }

  private int indexOf(long key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    return -1;
  }

  private int append(long key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      sessions = Arrays.copyOf(sessions, size * 2);
      poor = Arrays.copyOf(poor, size * 2);
    }
    keys[size] = key;
    return size++;
  }
}
