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
  private static final long MAX_EXACT_MANTISSA = 1L << 53;

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
