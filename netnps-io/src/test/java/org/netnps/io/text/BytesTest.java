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
}
