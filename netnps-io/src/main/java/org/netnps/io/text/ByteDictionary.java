package org.netnps.io.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns byte strings (UTF-8 field values) as dense int codes, without a String per lookup.
 * Open addressing with linear probing; each slot holds the key's hash, code, length and, for keys
 * of up to 16 bytes (identifiers, cell ids), the bytes themselves, so a lookup in a large
 * dictionary touches one cache line instead of four arrays. Longer keys are compared in an arena
 * of key bytes. Lookups on a dictionary that is no longer written to are safe from several threads.
 */
public final class ByteDictionary {
  /** Returned by {@link #find} for an unknown key. */
  public static final int ABSENT = -1;
  private static final int INLINE = 16;
  /** Longs per slot: hash << 32 | code + 1 (0 = empty), length, bytes 0-7, bytes 8-15. */
  private static final int STRIDE = 4;

  private byte[] arena = new byte[1 << 12];
  private int arenaSize;
  private int[] keyStart = new int[64];
  private int[] keyEnd = new int[64];
  private volatile String[] strings = new String[64];
  private long[] slots = new long[128 * STRIDE];
  private int size;

  public int size() {
    return size;
  }

  /** The code of the key, or {@link #ABSENT}. */
  public int find(byte[] b, int start, int end) {
    int i = probe(b, start, end, hash(b, start, end));
    return slots[i] == 0 ? ABSENT : code(slots[i]);
  }

  /** The code of the key, adding it when it is new. */
  public int intern(byte[] b, int start, int end) {
    return intern(b, start, end, hash(b, start, end));
  }

  /** As {@link #intern(byte[], int, int)}, with the key's {@link #hash} already computed. */
  public int intern(byte[] b, int start, int end, int h) {
    int i = probe(b, start, end, h);
    if (slots[i] != 0) {
      return code(slots[i]);
    }
    int code = add(b, start, end);
    fill(i, h, code, b, start, end);
    if (size * 2 > slots.length / STRIDE) {
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

  /**
   * Reads the first slot a key of hash {@code h} is filed under and returns its first word: a
   * load whose only purpose is to bring that slot into the cache before the key is looked up.
   */
  public long touch(int h) {
    return slots[(h & (slots.length / STRIDE - 1)) * STRIDE];
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

  /** The slot (index of its first long) holding the key, or the empty slot where it would go. */
  private int probe(byte[] b, int start, int end, int h) {
    int len = end - start;
    long k0 = len <= INLINE ? Bytes.word(b, start, Math.min(end, start + 8)) : 0;
    long k1 = len <= INLINE && len > 8 ? Bytes.word(b, start + 8, end) : 0;
    int mask = slots.length / STRIDE - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int i = s * STRIDE;
      long meta = slots[i];
      if (meta == 0) {
        return i;
      }
      if ((int) (meta >>> 32) == h && slots[i + 1] == len
          && (len <= INLINE ? slots[i + 2] == k0 && slots[i + 3] == k1 : sameBytes(code(meta), b, start, end))) {
        return i;
      }
    }
  }

  private void fill(int i, int h, int code, byte[] b, int start, int end) {
    int len = end - start;
    slots[i] = ((long) h << 32) | (code + 1L);
    slots[i + 1] = len;
    slots[i + 2] = len <= INLINE ? Bytes.word(b, start, Math.min(end, start + 8)) : 0;
    slots[i + 3] = len <= INLINE && len > 8 ? Bytes.word(b, start + 8, end) : 0;
  }

  private static int code(long meta) {
    return (int) meta - 1;
  }

  private int add(byte[] b, int start, int end) {
    int len = end - start;
    if (arenaSize + len > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
    }
    System.arraycopy(b, start, arena, arenaSize, len);
    if (size == keyStart.length) {
      int n = size * 2;
      keyStart = Arrays.copyOf(keyStart, n);
      keyEnd = Arrays.copyOf(keyEnd, n);
      strings = Arrays.copyOf(strings, n);
    }
    keyStart[size] = arenaSize;
    keyEnd[size] = arenaSize + len;
    arenaSize += len;
    return size++;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length / STRIDE - 1;
    for (int j = 0; j < old.length; j += STRIDE) {
      if (old[j] != 0) {
        int s = (int) (old[j] >>> 32) & mask;
        while (slots[s * STRIDE] != 0) {
          s = (s + 1) & mask;
        }
        System.arraycopy(old, j, slots, s * STRIDE, STRIDE);
      }
    }
  }

  private boolean sameBytes(int code, byte[] b, int start, int end) {
    int s = keyStart[code];
    byte[] a = arena;
    for (int i = 0; i < end - start; i++) {
      if (a[s + i] != b[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** The hash this dictionary files a key under: eight bytes at a time, each word multiplied in and mixed. */
  public static int hash(byte[] b, int start, int end) {
    long h = (end - start) * 0x9E37_79B9_7F4A_7C15L;
    int i = start;
    for (; i + 8 <= end; i += 8) {
      h = Long.rotateLeft((h ^ Bytes.word(b, i, i + 8)) * 0xC2B2_AE3D_27D4_EB4FL, 31);
    }
    if (i < end) {
      h = Long.rotateLeft((h ^ Bytes.word(b, i, end)) * 0xC2B2_AE3D_27D4_EB4FL, 31);
    }
    h *= 0x1656_67B1_9E37_79F9L;
    return (int) (h ^ (h >>> 32));
  }

}
