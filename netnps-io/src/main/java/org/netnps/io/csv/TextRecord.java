package org.netnps.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A record built from values that arrive as text from elsewhere (a Parquet row, a PM XML result),
 * so that they pass through the same validation as CSV fields.
 */
public final class TextRecord implements RawRecord {
  private byte[] buf = new byte[1024];
  private int size;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int count;
  private long line;

  public TextRecord begin(long line) {
    this.line = line;
    size = 0;
    count = 0;
    return this;
  }

  /** Appends a field; null is an empty (missing) field. */
  public TextRecord add(String value) {
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    if (size + bytes.length > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + bytes.length));
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    starts[count] = size;
    size += bytes.length;
    ends[count] = size;
    count++;
    return this;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public int fieldCount() {
    return count;
  }

  @Override
  public byte[] buffer() {
    return buf;
  }

  @Override
  public int start(int field) {
    return starts[field];
  }

  @Override
  public int end(int field) {
    return ends[field];
  }

  @Override
  public String malformed() {
    return null;
  }
}
