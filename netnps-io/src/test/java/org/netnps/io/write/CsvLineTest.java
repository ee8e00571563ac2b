package org.netnps.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CSV lines as the contract reads them: fixed decimals, ISO UTC seconds, RFC 4180 quoting, empty for missing. */
class CsvLineTest {
  private final CsvLine line = new CsvLine();

  private String written() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    line.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void numbersAtFixedDecimalsWithoutTrailingZeros() throws IOException {
    line.number(-95.25, 1).number(3.0, 2).number(0.125, 3).number(-0.04, 1).number(1234567.891, 2).number(Double.NaN, 2)
        .integer(-42).integer(0);
    assertEquals("-95.3,3,0.125,0,1234567.89,,-42,0\n", written());
  }

  @Test
  void timestampsInUtcSeconds() throws IOException {
    line.timestamp(1_772_409_900_123L).timestamp(0);
    assertEquals("2026-03-02T00:05:00Z,1970-01-01T00:00:00Z\n", written());
  }

  @Test
  void textIsQuotedOnlyWhenItMustBe() throws IOException {
    line.text("Astra A14").text("a,b").text("say \"hi\"").text("Zürich").text(null);
    assertEquals("Astra A14,\"a,b\",\"say \"\"hi\"\"\",Zürich,\n", written());
  }
}
