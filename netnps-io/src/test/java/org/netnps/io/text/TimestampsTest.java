package org.netnps.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
  private static long parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Timestamps.parse(b, 0, b.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T18:05:00Z", "2026-03-01T18:05:00+08:00", "2026-03-01T18:05:00.250-05:30",
      "2024-02-29T23:59:59Z", "2000-01-01T00:00:00Z", "2026-12-31T23:59:59.999+14:00"})
  void isoTimestampsWithOffsetAgreeWithJavaTime(String s) {
    assertEquals(OffsetDateTime.parse(s).toInstant().toEpochMilli(), parse(s));
  }

  @ParameterizedTest
  @CsvSource({"2026-03-01T18:05:00+0800, 2026-03-01T10:05:00Z", "2026-03-01 18:05:00Z, 2026-03-01T18:05:00Z",
      "1772409600000, 2026-03-02T00:00:00Z"})
  void compactOffsetsSpaceSeparatorAndEpochMillisAreAccepted(String s, String utc) {
    assertEquals(OffsetDateTime.parse(utc).toInstant().toEpochMilli(), parse(s));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-01T18:05:00, no UTC offset (add Z or +HH:MM)",
    "2026-02-30T10:00:00Z, no such date or time",
    "2026-03-01T24:00:00Z, no such date or time",
    "2026-3-1T10:00:00Z, not ISO-8601 (expected yyyy-MM-ddTHH:mm:ss plus an offset)",
    "1772409600, epoch value before 2000: seconds instead of milliseconds?",
    "yesterday, not an ISO-8601 timestamp with offset nor epoch milliseconds",
    "1999-12-31T23:59:59Z, 'outside [2000, 2100)'",
    "2026-03-01T18:05:00+25:00, 'bad UTC offset (expected Z, +HH:MM or -HH:MM)'"
  })
  void badTimestampsSayWhy(String s, String reason) {
    assertEquals(Timestamps.INVALID, parse(s));
    assertEquals(reason, Timestamps.lastError());
  }

  /**
   * Random timestamps, valid and with one byte of the date or time changed, parse as java.time
   * parses them: the same instant, or refused where java.time refuses (the word-at-a-time digit
   * check must not accept what a digit at a time refuses, nor the reverse).
   */
  @Test
  void randomTimestampsAndCorruptedOnesAgreeWithJavaTime() {
    Random random = new Random(11);
    byte[] noise = "0123456789:-T/ .Z+aA\u0000\u007f".getBytes(StandardCharsets.ISO_8859_1);
    for (int i = 0; i < 20_000; i++) {
      String s = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", 2000 + random.nextInt(100), 1 + random.nextInt(12),
          1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
      byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
      if (i % 2 == 1) {
        b[random.nextInt(19)] = noise[random.nextInt(noise.length)];
      }
      String text = new String(b, StandardCharsets.ISO_8859_1);
      long expected;
      try {
        expected = b[4] == '-' ? OffsetDateTime.parse(text.replaceFirst("^(.{10}) ", "$1T")).toInstant().toEpochMilli()
            : Timestamps.INVALID;
      } catch (DateTimeParseException e) {
        expected = Timestamps.INVALID;
      }
      if (expected < Timestamps.MIN_EPOCH_MS || expected >= Timestamps.MAX_EPOCH_MS) {
        expected = Timestamps.INVALID;
      }
      assertEquals(expected, Timestamps.parse(b, 0, b.length), text);
    }
  }
}
