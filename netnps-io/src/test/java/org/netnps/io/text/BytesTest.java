package org.netnps.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytesTest {

  @Test
  void aWordIsItsBytesLittleEndianAndZeroPaddedWhereverTheyLie() {
    byte[] b = "xx460001234567890".getBytes(StandardCharsets.US_ASCII);
    for (int start = 0; start < b.length; start++) {
      for (int end = start; end <= Math.min(b.length, start + 8); end++) {
        long expected = 0;
        for (int i = end - 1; i >= start; i--) {
          expected = expected << 8 | b[i];
        }
        assertEquals(expected, Bytes.word(b, start, end), "bytes [" + start + ", " + end + ")");
      }
    }
  }

  @Test
  void anyByteWithTheHighBitSetIsNotAscii() {
    byte[] b = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
    assertTrue(Bytes.isAscii(b, 0, b.length));
    for (int at = 0; at < b.length; at++) {
      byte[] c = b.clone();
      c[at] = (byte) 0xC3;
      assertFalse(Bytes.isAscii(c, 0, c.length), "high byte at " + at);
      assertTrue(Bytes.isAscii(c, at + 1, c.length), "after it");
    }
  }

  /** Every window of a line with high bytes here and there, near its ends too, judged on its own bytes. */
  @Test
  void everyWindowIsJudgedOnItsOwnBytesOnly() {
    byte[] b = "\u00e9a,b0123456789\u00fcxyz,C0001,46000000000001\u00e9".getBytes(StandardCharsets.UTF_8);
    for (int s = 0; s <= b.length; s++) {
      for (int e = s; e <= b.length; e++) {
        boolean ascii = true;
        for (int i = s; i < e; i++) {
          ascii &= b[i] >= 0;
        }
        assertEquals(ascii, Bytes.isAscii(b, s, e), "[" + s + ", " + e + ")");
      }
    }
  }

  @Test
  void aQuoteIsFoundAtAnyPositionAndNotWhereThereIsNone() {
    byte[] b = "2026-03-01T00:00:00Z,1000,46000000000001,web,C0001,LTE,1.25,103.7".getBytes(StandardCharsets.US_ASCII);
    assertFalse(Bytes.contains(b, 0, b.length, (byte) '"'));
    for (int at = 0; at < b.length; at++) {
      byte[] c = b.clone();
      c[at] = '"';
      assertTrue(Bytes.contains(c, 0, c.length, (byte) '"'), "quote at " + at);
      assertFalse(Bytes.contains(c, at + 1, c.length, (byte) '"'), "only before " + (at + 1));
    }
    byte[] high = {(byte) 0xA2, (byte) 0xE2, 0x21, 0x23, (byte) 0x80, 0x01, 0x7F, (byte) 0xFF, 0x22};
    assertFalse(Bytes.contains(high, 0, 8, (byte) '"'), "bytes next to 0x22 are not it");
    assertTrue(Bytes.contains(high, 0, 9, (byte) '"'));
  }

  @Test
  void theFirstOfTwoSeparatorsIsFoundAtAnyPositionEvenAfterAnotherSeparatorInTheSameWord() {
    byte[] b = "abcdefghijklmnopqrstuvwxyz0123456789".getBytes(StandardCharsets.US_ASCII);
    assertEquals(b.length, Bytes.indexOfEither(b, 0, b.length, (byte) ',', (byte) '\n'));
    for (int at = 0; at < b.length; at++) {
      for (int second = at + 1; second <= Math.min(b.length - 1, at + 9); second++) {
        byte[] c = b.clone();
        c[at] = (byte) (at % 2 == 0 ? ',' : '\n');
        c[second] = ',';
        for (int from = 0; from <= at; from++) {
          assertEquals(at, Bytes.indexOfEither(c, from, c.length, (byte) ',', (byte) '\n'), at + " from " + from);
        }
        assertEquals(second, Bytes.indexOfEither(c, at + 1, c.length, (byte) ',', (byte) '\n'));
        assertEquals(at, Bytes.indexOfEither(c, 0, at, (byte) ',', (byte) '\n'), "none before " + at);
        for (int end = Math.max(0, at - 9); end < at; end++) {   // a field that ends short of a separator in its word
          assertEquals(end, Bytes.indexOfEither(c, Math.max(0, end - 3), end, (byte) ',', (byte) '\n'), "to " + end);
        }
      }
    }
    byte[] near = {0x2B, 0x2D, 0x0B, 0x09, (byte) 0xAC, (byte) 0x8A, 0x2C};
    assertEquals(6, Bytes.indexOfEither(near, 0, near.length, (byte) ',', (byte) '\n'),
        "bytes next to them are not them");
  }
}
