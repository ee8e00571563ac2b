package org.netnps.io.validate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.netnps.io.text.Bytes;

/**
 * An enum column's allowed words, each kept as its length and two little-endian words of its first
 * 16 bytes, so a field is matched by comparing longs instead of characters. Words longer than 16
 * bytes are compared byte by byte after that.
 */
final class EnumWords {
  private final byte[][] words;
  private final long[] first;
  private final long[] second;

  EnumWords(List<String> allowed) {
    int n = allowed.size();
    words = new byte[n][];
    first = new long[n];
    second = new long[n];
    for (int i = 0; i < n; i++) {
      byte[] w = allowed.get(i).getBytes(StandardCharsets.UTF_8);
      words[i] = w;
      first[i] = Bytes.word(w, 0, Math.min(w.length, 8));
      second[i] = w.length > 8 ? Bytes.word(w, 8, Math.min(w.length, 16)) : 0;
    }
  }

  /** The index of the allowed word equal to bytes [s, e), or -1. */
  int indexOf(byte[] b, int s, int e) {
    int len = e - s;
    long k0 = Bytes.word(b, s, Math.min(e, s + 8));
    long k1 = len > 8 ? Bytes.word(b, s + 8, Math.min(e, s + 16)) : 0;
    for (int i = 0; i < words.length; i++) {
      if (first[i] == k0 && words[i].length == len && second[i] == k1 && (len <= 16 || rest(words[i], b, s))) {
        return i;
      }
    }
    return -1;
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
