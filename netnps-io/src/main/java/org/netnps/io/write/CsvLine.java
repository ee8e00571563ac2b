package org.netnps.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Builds CSV lines as bytes without a String per field: numbers at a fixed number of decimals,
 * timestamps as ISO-8601 UTC seconds, text quoted only when it must be (RFC 4180). Missing values
 * (NaN, null) are empty fields.
 */
public final class CsvLine {
  private byte[] buf = new byte[512];
  private int len;
  private boolean first = true;
  private long cachedDay = Long.MIN_VALUE;
  private final byte[] dayPrefix = new byte[11];

  public CsvLine text(String s) {
    sep();
    if (s == null) {
      return this;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch > 127) {
        return utf8(s, needsQuote(s));
      }
    }
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  public CsvLine integer(long v) {
    sep();
    appendLong(v);
    return this;
  }

  /** A number rounded to the given decimals (0..6); NaN is an empty field. */
  public CsvLine number(double v, int decimals) {
    sep();
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return this;
    }
    long scale = POW10[decimals];
    long scaled = Math.round(Math.abs(v) * scale);
    if (v < 0 && scaled != 0) {
      put((byte) '-');
    }
    appendLong(scaled / scale);
    long frac = scaled % scale;
    if (decimals > 0 && frac != 0) {
      put((byte) '.');
      int digits = decimals;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      for (int d = digits - 1; d >= 0; d--) {
        put((byte) ('0' + (frac / POW10[d]) % 10));
      }
    }
    return this;
  }

  /** Epoch milliseconds as {@code 2026-03-01T18:05:00Z} (seconds precision). */
  public CsvLine timestamp(long epochMs) {
    sep();
    long seconds = Math.floorDiv(epochMs, 1000);
    long day = Math.floorDiv(seconds, 86_400);
    if (day != cachedDay) {
      byte[] d = LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(d, 0, dayPrefix, 0, 10);
      dayPrefix[10] = 'T';
      cachedDay = day;
    }
    ensure(20);
    System.arraycopy(dayPrefix, 0, buf, len, 11);
    len += 11;
    int sod = (int) (seconds - day * 86_400);
    two(sod / 3600);
    put((byte) ':');
    two(sod / 60 % 60);
    put((byte) ':');
    two(sod % 60);
    put((byte) 'Z');
    return this;
  }

  public CsvLine empty() {
    sep();
    return this;
  }

  /** Ends the line, writes it and starts the next. */
  public void writeTo(OutputStream out) throws IOException {
    put((byte) '\n');
    out.write(buf, 0, len);
    len = 0;
    first = true;
  }

  /** The ISO date (UTC) of an instant, for file names. */
  public static String utcDate(long epochMs) {
    return java.time.Instant.ofEpochMilli(epochMs).atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static final long[] POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

  private static boolean needsQuote(String s) {
    return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
  }

  private CsvLine utf8(String s, boolean quote) {
    byte[] bytes = (quote ? '"' + s.replace("\"", "\"\"") + '"' : s).getBytes(StandardCharsets.UTF_8);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
    return this;
  }

  private void two(int v) {
    put((byte) ('0' + v / 10));
    put((byte) ('0' + v % 10));
  }

  private void appendLong(long v) {
    if (v == Long.MIN_VALUE) {
      byte[] b = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
      return;
    }
    if (v < 0) {
      put((byte) '-');
      v = -v;
    }
    ensure(20);
    int start = len;
    do {
      buf[len++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    for (int i = start, j = len - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  private void sep() {
    if (!first) {
      put((byte) ',');
    }
    first = false;
  }

  private void put(byte b) {
    ensure(1);
    buf[len++] = b;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
