package org.netnps.io.validate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.netnps.io.text.Bytes;

/**
 * An enum column's allowed words, each kept as its length and two little-endian words of its first
 * 16 bytes, so a field is matched by comparing longs instead of characters. Words longer than 16
 * bytes are compared byte by byte after that. A field finds its word through an open-addressing
 * table at most a quarter full, nearly always in its first slot: the lookup does not depend on
 * where the word stands in the list, as a scan of the list would (a branch per word passed).
 */
final class EnumWords {
  private static final long MIX = 0x9E37_79B9_7F4A_7C15L;

  private final byte[][] words;
  private final long[] first;
  private final long[] second;
  /** Index + 1 of the word in each slot, 0 for an empty slot. */
  private final int[] slots;
  private final int mask;
  private final int shift;

  EnumWords(List<String> allowed) {
    int n = allowed.size();
    words = new byte[n][];
    first = new long[n];
    second = new long[n];
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(8, 4 * n) - 1);
    slots = new int[1 << bits];
    mask = slots.length - 1;
    shift = 64 - bits;
    for (int i = 0; i < n; i++) {
      byte[] w = allowed.get(i).getBytes(StandardCharsets.UTF_8);
      words[i] = w;
      first[i] = Bytes.word(w, 0, Math.min(w.length, 8));
      second[i] = w.length > 8 ? Bytes.word(w, 8, Math.min(w.length, 16)) : 0;
      int h = slot(first[i], second[i], w.length);
      while (slots[h] != 0) {
        h = (h + 1) & mask;
      }
      slots[h] = i + 1;
    }
  }

  /** The index of the allowed word equal to bytes [s, e), or -1. */
  int indexOf(byte[] b, int s, int e) {
    int len = e - s;
    long k0 = Bytes.word(b, s, Math.min(e, s + 8));
    long k1 = len > 8 ? Bytes.word(b, s + 8, Math.min(e, s + 16)) : 0;
    for (int h = slot(k0, k1, len); ; h = (h + 1) & mask) {
      int i = slots[h] - 1;
      if (i < 0) {
        return -1;
      }
      if (first[i] == k0 && second[i] == k1 && words[i].length == len && (len <= 16 || rest(words[i], b, s))) {
        return i;
      }
    }
  }

  private int slot(long k0, long k1, int len) {
    return (int) (((k0 ^ Long.rotateLeft(k1, 29) ^ len) * MIX) >>> shift);
  }

  private static boolean rest(byte[] w, byte[] b, int s) {
    for (int i = 16; i < w.length; i++) {
      if (w[i] != b[s + i]) {
        return false;
      }
    }
    return true;
  }
}
