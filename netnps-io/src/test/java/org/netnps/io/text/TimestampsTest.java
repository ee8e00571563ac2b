package org.netnps.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
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
}
