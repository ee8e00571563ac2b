package org.netnps.io.text;

/**
 * Number parsing straight from UTF-8 bytes, without a String per field. The decimal fast path is
 * exact: a mantissa below 2^53 scaled by a power of ten up to 10^22 is one correctly rounded IEEE
 * operation (Clinger 1990); anything else (exponents, long mantissas) goes to the JDK parser.
 */
public final class Numbers {
  /** Returned by {@link #parseLong} when the text is not an integer. */
  public static final long NOT_A_LONG = Long.MIN_VALUE;

  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long[] POW10_LONG = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };
  private static final long MAX_EXACT_MANTISSA = 1L << 53;
  private static final long ASCII_ZEROS = 0x3030_3030_3030_3030L;
  private static final long HIGH_NIBBLES = 0xF0F0_F0F0_F0F0_F0F0L;

  private Numbers() {}

  /**
   * Parses a decimal such as {@code -92.8}, {@code 7}, {@code .5} or {@code 1e-3}; returns NaN
   * when the bytes are not a finite number (so "NaN" and "Infinity" are rejected as well).
   */
  public static double parseDouble(byte[] b, int start, int end) {
    int p = start;
    if (p >= end) {
      return Double.NaN;
    }
    boolean negative = false;
    if (b[p] == '-' || b[p] == '+') {
      negative = b[p] == '-';
      p++;
    }
    double plain = plainDecimal(b, p, end);
    if (!Double.isNaN(plain)) {
      return negative ? -plain : plain;
    }
    long mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    boolean seenPoint = false;
    boolean seenDigit = false;
    for (; p < end; p++) {
      int c = b[p];
      if (c >= '0' && c <= '9') {
        seenDigit = true;
        if (digits < 18) {
          mantissa = mantissa * 10 + (c - '0');
          if (mantissa != 0) {
            digits++;
          }
          if (seenPoint) {
            fractionDigits++;
          }
        } else {
          return slowDouble(b, start, end);
        }
      } else if (c == '.' && !seenPoint) {
        seenPoint = true;
      } else if (c == 'e' || c == 'E') {
        return slowDouble(b, start, end);
      } else {
        return Double.NaN;
      }
    }
    if (!seenDigit) {
      return Double.NaN;
    }
    if (mantissa >= MAX_EXACT_MANTISSA || fractionDigits >= POW10.length) {
      return slowDouble(b, start, end);
    }
    double value = fractionDigits == 0 ? (double) mantissa : mantissa / POW10[fractionDigits];
    return negative ? -value : value;
  }

  /**
   * Parses an integer such as {@code 42} or {@code -7}; a zero fraction ({@code 42.0}, as many
   * exporters write integers) is accepted. Returns {@link #NOT_A_LONG} otherwise.
   */
  public static long parseLong(byte[] b, int start, int end) {
    int len = end - start;
    if (len > 0 && len <= 16) {
      long high = len > 8 ? upToEightDigits(b, start, end - 8) : 0;
      long low = upToEightDigits(b, Math.max(start, end - 8), end);
      if (high >= 0 && low >= 0) {
        return high * POW10_LONG[8] + low;
      }
    }
    int p = start;
    if (p >= end) {
      return NOT_A_LONG;
    }
    boolean negative = false;
    if (b[p] == '-' || b[p] == '+') {
      negative = b[p] == '-';
      p++;
    }
    int digitStart = p;
    long value = 0;
    for (; p < end; p++) {
      int c = b[p];
      if (c < '0' || c > '9') {
        break;
      }
      if (p - digitStart >= 18) {
        return NOT_A_LONG;
      }
      value = value * 10 + (c - '0');
    }
    if (p == digitStart) {
      return NOT_A_LONG;
    }
    if (p < end) {
      if (b[p] != '.') {
        return NOT_A_LONG;
      }
      for (p++; p < end; p++) {
        if (b[p] != '0') {
          return NOT_A_LONG;
        }
      }
    }
    return negative ? -value : value;
  }

  /**
   * Digits, a point and digits ({@code 103.8038}, {@code 7}, {@code .5}), at most 8 on each side
   * and at least one in all, below 2^53 as one integer, as the same value the digit loop of
   * {@link #parseDouble} gives; NaN for anything else, which that loop then handles.
   */
  private static double plainDecimal(byte[] b, int start, int end) {
    int point = Bytes.indexOfEither(b, start, end, (byte) '.', (byte) '.');
    int fraction = point < end ? end - point - 1 : 0;
    if (point - start > 8 || fraction > 8 || point - start + fraction == 0) {
      return Double.NaN;
    }
    long whole = upToEightDigits(b, start, point);
    long part = upToEightDigits(b, point + 1 > end ? end : point + 1, end);
    if (whole < 0 || part < 0) {
      return Double.NaN;
    }
    long mantissa = whole * POW10_LONG[fraction] + part;
    if (mantissa >= MAX_EXACT_MANTISSA) {
      return Double.NaN;
    }
    return fraction == 0 ? (double) mantissa : mantissa / POW10[fraction];
  }

  /**
   * The value of 0 to 8 ASCII digits [s, e), or -1 when a byte is not a digit. The digits are
   * placed at the top of one word below '0' padding, checked together, and converted with three
   * multiplications (the SWAR method of simdjson's parse_eight_digits, D. Lemire), so a field
   * costs no branch per digit.
   */
  static long upToEightDigits(byte[] b, int s, int e) {
    if (s == e) {
      return 0;
    }
    int pad = 8 * (8 - (e - s));
    long w = digitValues(Bytes.word(b, s, e) << pad, -1L << pad);
    if (w < 0) {
      return -1;
    }
    w = w * 2561 >>> 8;
    w = (w & 0x00FF_00FF_00FF_00FFL) * 6553601 >>> 16;
    return (w & 0x0000_FFFF_0000_FFFFL) * 42_949_672_960_001L >>> 32;
  }

  /**
   * The bytes of {@code w} under {@code mask} as digit values (the other bytes 0), or -1 when one
   * of them is not an ASCII digit: the others are set to '0', then every byte must have the high
   * nibble 3 both as it is and with 6 added; eight digits checked at once, no branch per digit.
   */
  static long digitValues(long w, long mask) {
    long x = (w & mask) | (ASCII_ZEROS & ~mask);
    if ((x & HIGH_NIBBLES) != ASCII_ZEROS || ((x + 0x0606_0606_0606_0606L) & HIGH_NIBBLES) != ASCII_ZEROS) {
      return -1;
    }
    return x - ASCII_ZEROS;   // no borrow: every byte is at least '0'
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static double slowDouble(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      int c = b[i];
      boolean allowed = isDigit(b[i]) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
      if (!allowed) {
        return Double.NaN;
      }
    }
    try {
      double value = Double.parseDouble(new String(b, start, end - start, java.nio.charset.StandardCharsets.US_ASCII));
      return Double.isFinite(value) ? value : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
