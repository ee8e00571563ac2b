package org.netnps.io.text;

/**
 * Timestamps of the data contract, parsed from bytes to epoch milliseconds (UTC): ISO-8601 with
 * an offset ({@code 2026-03-01T18:05:00Z}, {@code 2026-03-01T18:05:00.250+08:00}) or epoch
 * milliseconds. A time without an offset is ambiguous and is refused.
 */
public final class Timestamps {
  /** Returned when the bytes are not a timestamp; {@link #lastError()} says why. */
  public static final long INVALID = Long.MIN_VALUE;

  /** 2000-01-01T00:00:00Z: earlier instants are taken for mistakes (epoch seconds, say). */
  public static final long MIN_EPOCH_MS = 946_684_800_000L;

  /** 2100-01-01T00:00:00Z. */
  public static final long MAX_EPOCH_MS = 4_102_444_800_000L;

  private static final ThreadLocal<String> LAST_ERROR = new ThreadLocal<>();

  /** Bytes of "yyyy-MM-" that are digits: 0-3, 5 and 6 (byte i of the little-endian word at bits 8i). */
  private static final long DATE_DIGITS = 0x00FF_FF00_FFFF_FFFFL;
  /** Bytes of "HH:mm:ss" that are digits (0, 1, 3, 4, 6, 7). */
  private static final long TIME_DIGITS = 0xFFFF_00FF_FF00_FFFFL;

  static final long DAY_MS = 86_400_000L;
  private static final String NOT_ISO = "not ISO-8601 (expected yyyy-MM-ddTHH:mm:ss plus an offset)";
  private static final String NON_DIGIT = "non-digit in date or time";
  private static final String NO_SUCH = "no such date or time";

  private Timestamps() {}

  /** Why the last call on this thread returned {@link #INVALID}. */
  public static String lastError() {
    return LAST_ERROR.get();
  }

  public static long parse(byte[] b, int start, int end) {
    if (end - start >= 11 && b[start + 4] == '-') {
      return parseIso(b, start, end);
    }
    long ms = Numbers.parseLong(b, start, end);
    if (ms == Numbers.NOT_A_LONG || !allDigits(b, start, end)) {
      return fail("not an ISO-8601 timestamp with offset nor epoch milliseconds");
    }
    if (ms < MIN_EPOCH_MS || ms >= MAX_EPOCH_MS) {
      return fail(ms < MIN_EPOCH_MS && ms * 1000 >= MIN_EPOCH_MS
          ? "epoch value before 2000: seconds instead of milliseconds?"
          : "epoch milliseconds outside [2000, 2100)");
    }
    return ms;
  }

  private static long parseIso(byte[] b, int s, int end) {
    if (!isoShape(b, s, end)) {
      return fail(NOT_ISO);
    }
    long days = epochDay(b, s);
    long time = days == INVALID ? INVALID : timeOfDay(b, s, end);
    return time == INVALID ? INVALID : inRange(days * DAY_MS + time);
  }

  /**
   * Whether bytes [s, end) can be an ISO timestamp: long enough, with its separators in place
   * ({@code yyyy-MM-ddTHH:mm:ss}, a space allowed for the T).
   */
  static boolean isoShape(byte[] b, int s, int end) {
    return end - s >= 19 && b[s + 4] == '-' && b[s + 7] == '-' && (b[s + 10] == 'T' || b[s + 10] == ' ')
        && b[s + 13] == ':' && b[s + 16] == ':';
  }

  /** The day since 1970-01-01 of the date at s (shape checked), or {@link #INVALID} with the reason. */
  static long epochDay(byte[] b, int s) {
    long date = Numbers.digitValues(Bytes.wordAt(b, s), DATE_DIGITS);        // yyyy-MM-
    int day = digits(b, s + 8, 2);
    if (date < 0 || day < 0) {
      return fail(NON_DIGIT);
    }
    int year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
    int month = digit(date, 5) * 10 + digit(date, 6);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return fail(NO_SUCH);
    }
    return daysFromCivil(year, month, day);
  }

  /**
   * Milliseconds from the start of the day at s to the instant (shape checked): the time, its
   * fraction and its UTC offset, so negative or past a day with an offset; {@link #INVALID} with
   * the reason when they are not a time and an offset.
   */
  static long timeOfDay(byte[] b, int s, int end) {
    long time = Numbers.digitValues(Bytes.wordAt(b, s + 11), TIME_DIGITS);   // HH:mm:ss
    if (time < 0) {
      return fail(NON_DIGIT);
    }
    int hour = digit(time, 0) * 10 + digit(time, 1);
    int minute = digit(time, 3) * 10 + digit(time, 4);
    int second = digit(time, 6) * 10 + digit(time, 7);
    if (hour > 23 || minute > 59 || second > 59) {
      return fail(NO_SUCH);
    }
    int p = s + 19;
    long millis = 0;
    if (p < end && b[p] == '.') {
      int scale = 100;
      for (p++; p < end && b[p] >= '0' && b[p] <= '9'; p++) {
        millis += (b[p] - '0') * scale;
        scale /= 10;
      }
    }
    long offsetSeconds;
    if (p < end && b[p] == 'Z' && p + 1 == end) {
      offsetSeconds = 0;
    } else if (p < end && (b[p] == '+' || b[p] == '-')) {
      offsetSeconds = parseOffset(b, p, end);
      if (offsetSeconds == Long.MIN_VALUE) {
        return fail("bad UTC offset (expected Z, +HH:MM or -HH:MM)");
      }
    } else if (p == end) {
      return fail("no UTC offset (add Z or +HH:MM)");
    } else {
      return fail("unexpected text after the time");
    }
    return (hour * 3600L + minute * 60L + second - offsetSeconds) * 1000 + millis;
  }

  /** {@code ms} when it lies in [2000, 2100), else {@link #INVALID} with the reason. */
  static long inRange(long ms) {
    if (ms < MIN_EPOCH_MS || ms >= MAX_EPOCH_MS) {
      return fail("outside [2000, 2100)");
    }
    return ms;
  }

  private static long parseOffset(byte[] b, int p, int end) {
    int sign = b[p] == '-' ? -1 : 1;
    int len = end - p - 1;
    int hours;
    int minutes;
    if (len == 5 && b[p + 3] == ':') {
      hours = digits(b, p + 1, 2);
      minutes = digits(b, p + 4, 2);
    } else if (len == 4) {
      hours = digits(b, p + 1, 2);
      minutes = digits(b, p + 3, 2);
    } else if (len == 2) {
      hours = digits(b, p + 1, 2);
      minutes = 0;
    } else {
      return Long.MIN_VALUE;
    }
    if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return Long.MIN_VALUE;
    }
    return sign * (hours * 3600L + minutes * 60L);
  }

  /** Byte {@code i} of a word of digit values. */
  private static int digit(long values, int i) {
    return (int) (values >>> (8 * i)) & 0xF;
  }

  private static int digits(byte[] b, int p, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
      int c = b[p + i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  private static boolean allDigits(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return end > start;
  }

  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int mp = (month + 9) % 12;
    int doy = (153 * mp + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468L;
  }

  private static long fail(String reason) {
    LAST_ERROR.set(reason);
    return INVALID;
  }
}
