package org.netnps.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampReaderTest {
  /**
   * Runs of timestamps on one date, as a file sorted by time has them, with now and then a byte of
   * the date or time changed or another form (epoch milliseconds, an offset, a fraction): the reader
   * that remembers the last date gives every value and every error {@link Timestamps#parse} gives,
   * whatever date it remembered before.
   */
  @Test
  void readsWhatTheStatelessParserReadsWhateverDateItRemembers() {
    Random random = new Random(5);
    byte[] noise = "0123456789:-T .Z+a".getBytes(StandardCharsets.ISO_8859_1);
    String[] forms = {"Z", "+08:00", ".250-05:30", "", "+0800", "Zx"};
    TimestampReader reader = new TimestampReader();
    String date = "2026-03-01";
    int remembered = 0;
    for (int i = 0; i < 50_000; i++) {
      if (random.nextInt(200) == 0) {
        date = String.format("%04d-%02d-%02d", 1999 + random.nextInt(103), 1 + random.nextInt(12), 1 + random.nextInt(31));
      }
      String s = i % 97 == 0 ? Long.toString(1_772_409_600_000L + random.nextInt(1_000_000))
          : String.format("%sT%02d:%02d:%02d%s", date, random.nextInt(25), random.nextInt(61), random.nextInt(60),
              forms[random.nextInt(20) < 16 ? 0 : random.nextInt(forms.length)]);
      byte[] b = ("," + s + ",").getBytes(StandardCharsets.ISO_8859_1);
      if (random.nextInt(10) == 0) {
        b[1 + random.nextInt(Math.min(s.length(), 19))] = noise[random.nextInt(noise.length)];
      }
      long expected = Timestamps.parse(b, 1, b.length - 1);
      String why = Timestamps.lastError();
      Timestamps.parse(new byte[] {'?'}, 0, 1);   // another error in between: the reader must give its own
      long actual = reader.parse(b, 1, b.length - 1);
      assertEquals(expected, actual, new String(b, StandardCharsets.ISO_8859_1));
      if (expected == Timestamps.INVALID) {
        assertEquals(why, Timestamps.lastError(), new String(b, StandardCharsets.ISO_8859_1));
      } else if (s.startsWith(date)) {
        remembered++;
      }
    }
    assertEquals(true, remembered > 30_000, "most timestamps share the date before them: " + remembered);
  }
}
