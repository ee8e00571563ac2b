package org.netnps.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netnps.core.UserException;

class CsvRecordReaderTest {
  /** Each record as "line:field|field|..." (with "!" and the reason when malformed). */
  private static List<String> records(byte[] input, int bufferSize) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvRecordReader r = new CsvRecordReader(new ByteArrayInputStream(input), "t.csv", bufferSize)) {
      while (r.next()) {
        StringBuilder sb = new StringBuilder().append(r.line()).append(':');
        for (int f = 0; f < r.fieldCount(); f++) {
          sb.append(f == 0 ? "" : "|")
              .append(new String(r.buffer(), r.start(f), r.end(f) - r.start(f), StandardCharsets.UTF_8));
        }
        if (r.malformed() != null) {
          sb.append('!').append(r.malformed());
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  private static List<String> records(String input, int bufferSize) throws IOException {
    return records(input.getBytes(StandardCharsets.UTF_8), bufferSize);
  }

  @ParameterizedTest
  @ValueSource(ints = {1 << 20, 16, 7, 3})
  void quotedFieldsEscapesCrlfAndEmbeddedNewlinesSplitTheSameWhateverTheBufferSize(int bufferSize)
      throws IOException {
    String csv = "a,b,c\r\n1,\"x,y\",\"he said \"\"hi\"\"\"\r\n\n2,,\"two\nlines\"\n3,last,\n";
    assertEquals(List.of("1:a|b|c", "2:1|x,y|he said \"hi\"", "4:2||two\nlines", "6:3|last|"),
        records(csv, bufferSize));
  }

  @Test
  void aFileWithoutFinalNewlineEndsWithItsLastRecord() throws IOException {
    assertEquals(List.of("1:a|b", "2:1|2"), records("a,b\n1,2", 1 << 20));
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b', '\n'};
    assertEquals(List.of("1:a|b"), records(bom, 1 << 20));
  }

  @Test
  void brokenQuotingMarksTheRecordMalformedAndReadingGoesOn() throws IOException {
    List<String> r = records("a,b\n\"x\"y,2\n3,4\n\"open,5\n", 1 << 20);
    assertEquals("2:x!text after a closing quote (quotes inside a field must be doubled)", r.get(1));
    assertEquals("3:3|4", r.get(2));
    assertTrue(r.get(3).endsWith("!unterminated quoted field"), r.get(3));
  }

  @Test
  void utf16IsRefusedWithAHint() {
    byte[] utf16 = "a,b\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    UserException e = assertThrows(UserException.class, () -> records(withBom, 1 << 20));
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void anEmptyInputHasNoRecords() throws IOException {
    assertFalse(records("", 16).iterator().hasNext());
  }
}
