package org.netnps.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
  private static double d(String s) {
    byte[] b = ("x" + s + "y").getBytes(StandardCharsets.UTF_8);
    return Numbers.parseDouble(b, 1, b.length - 1);
  }

  private static long l(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Numbers.parseLong(b, 0, b.length);
  }

  @Test
  void decimalsAreParsedExactlyAsTheJdkDoes() {
    for (String s : new String[] {"-92.8", "7", "0.1", ".5", "5.", "+3.25", "-0.0", "103.83376", "1e-3",
        "12345678901234567890", "2.2250738585072014E-308", "0.30000000000000004"}) {
      assertEquals(Double.parseDouble(s), d(s), s);
    }
  }

  @Test
  void randomDecimalsRoundTripThroughTheFastPath() {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      String s = String.format(java.util.Locale.ROOT, "%." + r.nextInt(0, 8) + "f", r.nextDouble(-1e6, 1e6));
      assertEquals(Double.parseDouble(s), d(s), s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".", "abc", "1.2.3", "12a", "NaN", "Infinity", "1e400", "1,5", " 1"})
  void textThatIsNotAFiniteNumberIsNaN(String s) {
    assertTrue(Double.isNaN(d(s)), s);
  }

  @Test
  void integersAcceptAZeroFractionButNothingElse() {
    assertEquals(42, l("42"));
    assertEquals(-7, l("-7"));
    assertEquals(42, l("42.0"));
    assertEquals(Numbers.NOT_A_LONG, l("42.5"));
    assertEquals(Numbers.NOT_A_LONG, l("4x"));
    assertEquals(Numbers.NOT_A_LONG, l(""));
    assertEquals(Numbers.NOT_A_LONG, l("1234567890123456789012"));
  }

  @Test
  void integersOfEveryLengthUpToSixteenDigitsAreExactEvenAtTheEndOfTheBuffer() {
    SplittableRandom r = new SplittableRandom(7);
    for (int len = 1; len <= 16; len++) {
      for (int i = 0; i < 2_000; i++) {
        StringBuilder digits = new StringBuilder();
        for (int k = 0; k < len; k++) {
          digits.append((char) ('0' + r.nextInt(10)));
        }
        String s = digits.toString();
        assertEquals(Long.parseLong(s), l(s), s);
        byte[] inside = ("9" + s + "9").getBytes(StandardCharsets.UTF_8);
        assertEquals(Long.parseLong(s), Numbers.parseLong(inside, 1, inside.length - 1), s);
      }
    }
  }

  @Test
  void aByteJustOutsideTheDigitsAnywhereInTheFieldIsNotANumber() {
    for (int len = 1; len <= 16; len++) {
      for (int at = 0; at < len; at++) {
        for (char bad : new char[] {'/', ':', ' ', 'a', '\u00e9'}) {
          char[] c = "1234567890123456".substring(0, len).toCharArray();
          c[at] = bad;
          String s = new String(c);
          assertEquals(Numbers.NOT_A_LONG, l(s), s);
          if (bad != ' ' || at > 0) {
            assertTrue(Double.isNaN(d(s)), s);
          }
        }
      }
    }
  }

  @Test
  void decimalsWithUpToEightDigitsEachSideAreTheJdksValue() {
    SplittableRandom r = new SplittableRandom(11);
    for (int whole = 0; whole <= 9; whole++) {
      for (int fraction = 0; fraction <= 9; fraction++) {
        for (int i = 0; i < 300; i++) {
          StringBuilder t = new StringBuilder(r.nextBoolean() ? "-" : "");
          for (int k = 0; k < whole; k++) {
            t.append((char) ('0' + r.nextInt(10)));
          }
          t.append('.');
          for (int k = 0; k < fraction; k++) {
            t.append((char) ('0' + r.nextInt(10)));
          }
          String s = t.toString();
          if (whole + fraction == 0) {
            assertTrue(Double.isNaN(d(s)), s);
          } else {
            assertEquals(Double.parseDouble(s), d(s), s);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertEquals(Double.parseDouble(s), Numbers.parseDouble(b, 0, b.length), s + " at the end");
          }
        }
      }
    }
  }
}
