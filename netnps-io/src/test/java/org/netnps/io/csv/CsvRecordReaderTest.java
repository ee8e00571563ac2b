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

  /**
   * Long records of random fields, some quoted (with commas, escaped quotes and newlines inside),
   * LF or CRLF ends, read back field for field whatever the buffer size: records without quotes
   * are split a word at a time, the others byte by byte, and both must agree with the writer.
   */
  @ParameterizedTest
  @ValueSource(ints = {1 << 20, 4096, 61, 9})
  void randomRecordsReadBackFieldForFieldWhateverTheBufferSize(int bufferSize) throws IOException {
    java.util.SplittableRandom r = new java.util.SplittableRandom(bufferSize);
    String[] pieces = {"", "7", "-92.5", "2026-03-01T10:15:00Z", "sub-00042", "VOICE", "\"", ",", "\n", "x y"};
    StringBuilder csv = new StringBuilder();
    List<String> expected = new ArrayList<>();
    int line = 1;
    for (int rec = 0; rec < 400; rec++) {
      int fields = 1 + r.nextInt(40);
      StringBuilder want = new StringBuilder().append(line).append(':');
      StringBuilder written = new StringBuilder();
      for (int f = 0; f < fields; f++) {
        String v = pieces[r.nextInt(pieces.length)] + pieces[r.nextInt(6)];
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || r.nextInt(20) == 0;
        written.append(f == 0 ? "" : ",").append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        want.append(f == 0 ? "" : "|").append(v);
        line += v.chars().filter(c -> c == '\n').count();
      }
      csv.append(written).append(r.nextBoolean() ? "\n" : "\r\n");
      line++;
      if (written.length() > 0) {   // a blank line is not a record
        expected.add(want.toString());
      }
    }
    assertEquals(expected, records(csv.toString(), bufferSize));
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
