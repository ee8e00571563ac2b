package org.netnps.io.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns byte strings (UTF-8 field values) as dense int codes, without a String per lookup.
 * Open addressing with linear probing over an arena of key bytes. Lookups on a dictionary that
 * is no longer written to are safe from several threads.
 */
public final class ByteDictionary {
  /** Returned by {@link #find} for an unknown key. */
  public static final int ABSENT = -1;

  private byte[] arena = new byte[1 << 12];
  private int arenaSize;
  private int[] keyStart = new int[64];
  private int[] keyEnd = new int[64];
  private int[] hashes = new int[64];
  private volatile String[] strings = new String[64];
  private int[] slots = new int[128];
  private int size;

  public ByteDictionary() {
    Arrays.fill(slots, ABSENT);
  }

  public int size() {
    return size;
  }

  /** The code of the key, or {@link #ABSENT}. */
  public int find(byte[] b, int start, int end) {
    int h = hash(b, start, end);
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int code = slots[i];
      if (code == ABSENT) {
        return ABSENT;
      }
      if (hashes[code] == h && sameBytes(code, b, start, end)) {
        return code;
      }
    }
  }

  /** The code of the key, adding it when it is new. */
  public int intern(byte[] b, int start, int end) {
    int h = hash(b, start, end);
    int mask = slots.length - 1;
    int i = h & mask;
    for (; ; i = (i + 1) & mask) {
      int code = slots[i];
      if (code == ABSENT) {
        break;
      }
      if (hashes[code] == h && sameBytes(code, b, start, end)) {
        return code;
      }
    }
    int code = add(b, start, end, h);
    slots[i] = code;
    if (size * 2 > slots.length) {
      rehash();
    }
    return code;
  }

  public int intern(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return intern(bytes, 0, bytes.length);
  }

  public int find(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return find(bytes, 0, bytes.length);
  }

  /** The key of a code, as a String (made once and kept). */
  public String string(int code) {
    String[] cache = strings;
    String s = cache[code];
    if (s == null) {
      s = new String(arena, keyStart[code], keyEnd[code] - keyStart[code], StandardCharsets.UTF_8);
      cache[code] = s;
    }
    return s;
  }

  private int add(byte[] b, int start, int end, int h) {
    int len = end - start;
    if (arenaSize + len > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
    }
    System.arraycopy(b, start, arena, arenaSize, len);
    if (size == keyStart.length) {
      int n = size * 2;
      keyStart = Arrays.copyOf(keyStart, n);
      keyEnd = Arrays.copyOf(keyEnd, n);
      hashes = Arrays.copyOf(hashes, n);
      strings = Arrays.copyOf(strings, n);
    }
    keyStart[size] = arenaSize;
    keyEnd[size] = arenaSize + len;
    hashes[size] = h;
    arenaSize += len;
    return size++;
  }

  private void rehash() {
    int[] next = new int[slots.length * 2];
    Arrays.fill(next, ABSENT);
    int mask = next.length - 1;
    for (int code = 0; code < size; code++) {
      int i = hashes[code] & mask;
      while (next[i] != ABSENT) {
        i = (i + 1) & mask;
      }
      next[i] = code;
    }
    slots = next;
  }

  private boolean sameBytes(int code, byte[] b, int start, int end) {
    int s = keyStart[code];
    int len = keyEnd[code] - s;
    if (len != end - start) {
      return false;
    }
    byte[] a = arena;
    for (int i = 0; i < len; i++) {
      if (a[s + i] != b[start + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(byte[] b, int start, int end) {
    int h = 0x9E3779B9;
    for (int i = start; i < end; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
