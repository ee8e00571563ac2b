package org.netnps.io.text;

/**
 * Timestamps as {@link Timestamps#parse} reads them, for one thread reading a file: the date of
 * the last ISO timestamp is remembered, so a timestamp on the same date as the one before (most
 * rows of an xDR file) reads only its time and offset. Same values, same errors.
 */
public final class TimestampReader {
  /** The first 8 bytes of the remembered date ({@code yyyy-MM-}) as a little-endian word. */
  private long dateWord;
  /** Its last 2 bytes ({@code dd}), -1 before any date. */
  private int dayBytes = -1;
  private long dayStartMs;

  public long parse(byte[] b, int s, int e) {
    if (!Timestamps.isoShape(b, s, e)) {
      return Timestamps.parse(b, s, e);
    }
    long word = Bytes.wordAt(b, s);
    int day = (b[s + 8] & 0xFF) | (b[s + 9] & 0xFF) << 8;
    if (word != dateWord || day != dayBytes) {
      long epochDay = Timestamps.epochDay(b, s);
      if (epochDay == Timestamps.INVALID) {
        return Timestamps.INVALID;
      }
      dateWord = word;
      dayBytes = day;
      dayStartMs = epochDay * Timestamps.DAY_MS;
    }
    long time = Timestamps.timeOfDay(b, s, e);
    return time == Timestamps.INVALID ? Timestamps.INVALID : Timestamps.inRange(dayStartMs + time);
  }
}
