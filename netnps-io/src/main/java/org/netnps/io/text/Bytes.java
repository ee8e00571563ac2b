package org.netnps.io.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Short byte strings as words: up to 8 bytes in one long, for comparing keys without a loop. */
public final class Bytes {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long LOW_SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;

  private Bytes() {}

  /** Bytes [start, end), at most 8, little-endian and zero-padded: one load where 8 bytes can be read. */
  public static long word(byte[] b, int start, int end) {
    int len = end - start;
    if (start + 8 <= b.length) {
      long w = (long) LONG.get(b, start);
      return len >= 8 ? w : w & ((1L << (8 * len)) - 1);
    }
    long v = 0;
    for (int i = end - 1; i >= start; i--) {
      v = (v << 8) | (b[i] & 0xff);
    }
    return v;
  }

  /** Whether bytes [start, end) hold the byte {@code c}, eight at a time. */
  public static boolean contains(byte[] b, int start, int end, byte c) {
    long pattern = (c & 0xFFL) * 0x0101_0101_0101_0101L;
    int i = start;
    for (; i + 8 <= end; i += 8) {
      if (zeroBytes((long) LONG.get(b, i) ^ pattern) != 0) {   // a zero byte where b holds c
        return true;
      }
    }
    for (; i < end; i++) {
      if (b[i] == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first byte in [start, end) that is {@code c1} or {@code c2}, or {@code end}:
   * eight bytes at a time, the match's position taken from the bit mask, so a short field costs
   * one load and no mispredicted loop exit.
   */
  public static int indexOfEither(byte[] b, int start, int end, byte c1, byte c2) {
    long p1 = (c1 & 0xFFL) * 0x0101_0101_0101_0101L;
    long p2 = (c2 & 0xFFL) * 0x0101_0101_0101_0101L;
    int i = start;
    for (; i < end && i + 8 <= b.length; i += 8) {
      long w = (long) LONG.get(b, i);
      long m = zeroBytes(w ^ p1) | zeroBytes(w ^ p2);   // the lowest flagged byte is a true match
      if (end - i < 8) {
        m &= (1L << (8 * (end - i))) - 1;
      }
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < end; i++) {
      if (b[i] == c1 || b[i] == c2) {
        return i;
      }
    }
    return end;
  }

  /**
   * The high bit of each zero byte of x. Exact up to the first zero byte; a borrow can flag a
   * byte above it, so only the lowest flag may be relied on.
   */
  private static long zeroBytes(long x) {
    return (x - 0x0101_0101_0101_0101L) & ~x & HIGH_BITS;
  }

  /** The word of eight bytes read at {@code i} (little-endian: byte i is the lowest); needs i + 8 <= length. */
  public static long wordAt(byte[] b, int i) {
    return (long) LONG.get(b, i);
  }

  /** The byte {@code c} in all eight bytes of a word, for {@link #equalBytes}. */
  public static long repeated(byte c) {
    return (c & 0xFFL) * 0x0101_0101_0101_0101L;
  }

  /**
   * The high bit of every byte of {@code w} equal to the byte of {@code repeated}, exactly: no
   * borrow runs from one byte into the next, so every match, not only the lowest, can be used.
   */
  public static long equalBytes(long w, long repeated) {
    long x = w ^ repeated;
    return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
  }

  /**
   * Whether bytes [start, end) are all ASCII (no high bit), eight at a time: the last word of a
   * field of 8 bytes or more overlaps the one before it, and a shorter field is one word masked to
   * its length, so no byte is looked at one by one but at the very end of the array.
   */
  public static boolean isAscii(byte[] b, int start, int end) {
    int len = end - start;
    if (len >= 8) {
      for (int i = start; i < end - 8; i += 8) {
        if (((long) LONG.get(b, i) & HIGH_BITS) != 0) {
          return false;
        }
      }
      return ((long) LONG.get(b, end - 8) & HIGH_BITS) == 0;
    }
    if (start + 8 <= b.length) {
      return ((long) LONG.get(b, start) & HIGH_BITS & ((1L << (8 * len)) - 1)) == 0;
    }
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
