package org.netnps.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.netnps.core.UserException;
import org.netnps.io.text.Bytes;

/**
 * Splits RFC 4180 CSV into records at the byte level: comma separated, double-quoted fields with
 * {@code ""} escapes and embedded newlines, LF or CRLF line ends, a UTF-8 byte-order mark
 * skipped. Blank lines are not records. A record with broken quoting is still returned, with
 * {@link #malformed()} set, so the caller can reject it and go on.
 */
public final class CsvRecordReader implements RawRecord, Closeable {
  private static final int NEED_MORE = -1;
  /** {@link #splitPlain} could not split the record: it has a quote or runs past the buffer's last word. */
  private static final int NOT_PLAIN = -2;
  private static final long COMMAS = Bytes.repeated((byte) ',');
  private static final long NEWLINES = Bytes.repeated((byte) '\n');
  private static final long QUOTES = Bytes.repeated((byte) '"');
  private static final String UNTERMINATED = "unterminated quoted field";
  private static final int MAX_RECORD_BYTES = 64 << 20;

  private final InputStream in;
  private final String fileName;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private long nextLine = 1;
  private long recordLine;
  private int newlinesInRecord;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] escaped = new boolean[64];
  /** Whether the current record was split field by field, so it may have quoted fields to unescape. */
  private boolean mayHaveEscapes;
  private int count;
  private String malformed;
  private long bytesConsumed;
  private long recordStart;

  public CsvRecordReader(InputStream in, String fileName) {
    this(in, fileName, 1 << 20);
  }

  /** A reader of a part of a file whose first line is {@code firstLine}. */
  public CsvRecordReader(InputStream in, String fileName, long firstLine) {
    this(in, fileName, 1 << 20);
    this.nextLine = firstLine;
  }

  CsvRecordReader(InputStream in, String fileName, int bufferSize) {
    this.in = in;
    this.fileName = fileName;
    this.buf = new byte[bufferSize];
  }

  private CsvRecordReader(byte[] bytes, int length, String fileName, long firstLine) {
    this.in = InputStream.nullInputStream();
    this.fileName = fileName;
    this.buf = bytes;
    this.limit = length;
    this.eof = true;
    this.nextLine = firstLine;
  }

  /**
   * A reader of bytes [0, length) already in memory (a part of a file whose first line is
   * {@code firstLine}), split where they are: nothing is copied. Quoted fields with escapes are
   * unescaped in place, so the bytes are the reader's until it is done.
   */
  public static CsvRecordReader over(byte[] bytes, int length, String fileName, long firstLine) {
    return new CsvRecordReader(bytes, length, fileName, firstLine);
  }

  /** Moves to the next record; false at the end of the input. */
  public boolean next() throws IOException {
    if (!started) {
      started = true;
      fill();
      skipByteOrderMark();
    }
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      byte c = buf[pos];
      if (c == '\n' || (c == '\r' && pos + 1 < limit && buf[pos + 1] == '\n')) {
        pos += c == '\n' ? 1 : 2;
        bytesConsumed += c == '\n' ? 1 : 2;
        nextLine++;
        continue;
      }
      int recordEnd = splitPlain(pos);
      if (recordEnd == NOT_PLAIN) {
        recordEnd = split(pos);
      }
      if (recordEnd == NEED_MORE) {
        fill();
        continue;
      }
      if (mayHaveEscapes) {
        unescapeQuotedFields();
      }
      recordStart = bytesConsumed;
      recordLine = nextLine;
      nextLine += 1 + newlinesInRecord;
      bytesConsumed += recordEnd - pos;
      pos = recordEnd;
      return true;
    }
  }

  /** Bytes of input consumed so far (for progress). */
  public long bytesConsumed() {
    return bytesConsumed;
  }

  /** Lines consumed so far (the line the next record would start on, minus one). */
  public long linesConsumed() {
    return nextLine - 1;
  }

  /** Offset of the current record from the start of the input. */
  public long recordStart() {
    return recordStart;
  }

  /** Whether the current record is a quoted field cut off by the end of the input. */
  public boolean endsInsideQuotes() {
    return malformed == UNTERMINATED;
  }

  @Override
  public long line() {
    return recordLine;
  }

  @Override
  public int fieldCount() {
    return count;
  }

  @Override
  public byte[] buffer() {
    return buf;
  }

  @Override
  public int start(int field) {
    return starts[field];
  }

  @Override
  public int end(int field) {
    return ends[field];
  }

  @Override
  public String malformed() {
    return malformed;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Splits the record at p eight bytes at a time, every comma of a word taken from one mask,
   * when the record has no quote and ends within the buffer's whole words (nearly every record
   * of an xDR file); returns the index after it, or NOT_PLAIN for {@link #split} to do it. Both
   * give the same fields.
   */
  private int splitPlain(int p) {
    count = 0;
    malformed = null;
    newlinesInRecord = 0;
    mayHaveEscapes = false;
    byte[] b = buf;
    int s = p;
    for (int i = p; i + 8 <= limit; i += 8) {
      long w = Bytes.wordAt(b, i);
      long newlines = Bytes.equalBytes(w, NEWLINES);
      if ((Bytes.equalBytes(w, QUOTES) & (newlines - 1)) != 0) {
        return NOT_PLAIN;   // a quote before the word's first line end (anywhere in it, if it has none)
      }
      long ends = Bytes.equalBytes(w, COMMAS) | newlines;
      for (; ends != 0; ends &= ends - 1) {
        int at = i + (Long.numberOfTrailingZeros(ends) >>> 3);
        if ((newlines & ends & -ends) != 0) {   // the lowest delimiter left is a line end
          addPlainField(s, at > s && b[at - 1] == '\r' ? at - 1 : at);
          return at + 1;
        }
        addPlainField(s, at);
        s = at + 1;
      }
    }
    return NOT_PLAIN;
  }

  /** Finds the fields of the record at p; returns the index after it, or NEED_MORE. */
  private int split(int p) {
    count = 0;
    malformed = null;
    newlinesInRecord = 0;
    mayHaveEscapes = true;
    while (true) {
      if (p < limit && buf[p] == '"') {
        p = quotedField(p);
      } else {
        p = plainField(p);
      }
      if (p == NEED_MORE) {
        return NEED_MORE;
      }
      if (p >= limit || buf[p] == '\n') {
        return Math.min(p + 1, limit);
      }
      p++; // the comma
    }
  }

  private int plainField(int p) {
    int s = p;
    byte[] b = buf;
    int lim = limit;
    p = Bytes.indexOfEither(b, p, lim, (byte) ',', (byte) '\n');
    if (p >= lim && !eof) {
      return NEED_MORE;
    }
    int e = p;
    if ((p >= lim || b[p] == '\n') && e > s && b[e - 1] == '\r') {
      e--;
    }
    addField(s, e, false);
    return p;
  }

  private int quotedField(int p) {
    int s = p + 1;
    int q = s;
    boolean hasEscapes = false;
    int newlines = 0;
    while (true) {
      if (q >= limit) {
        if (!eof) {
          return NEED_MORE;
        }
        malformed = UNTERMINATED;
        addField(s, limit, false);
        newlinesInRecord += newlines;
        return limit;
      }
      byte c = buf[q];
      if (c == '"') {
        if (q + 1 >= limit && !eof) {
          return NEED_MORE;
        }
        if (q + 1 < limit && buf[q + 1] == '"') {
          hasEscapes = true;
          q += 2;
          continue;
        }
        break;
      }
      if (c == '\n') {
        newlines++;
      }
      q++;
    }
    addField(s, q, hasEscapes);
    newlinesInRecord += newlines;
    int after = q + 1;
    if (after < limit && buf[after] == '\r' && (after + 1 >= limit || buf[after + 1] == '\n')) {
      after++;
    }
    if (after >= limit || buf[after] == ',' || buf[after] == '\n') {
      return after;
    }
    malformed = "text after a closing quote (quotes inside a field must be doubled)";
    while (after < limit && buf[after] != '\n') {
      after++;
    }
    if (after >= limit && !eof) {
      return NEED_MORE;
    }
    return after;
  }

  /** A field of a record without quotes: nothing to unescape, so its flag is not kept. */
  private void addPlainField(int s, int e) {
    if (count == starts.length) {
      grow();
    }
    starts[count] = s;
    ends[count] = e;
    count++;
  }

  private void grow() {
    starts = Arrays.copyOf(starts, count * 2);
    ends = Arrays.copyOf(ends, count * 2);
    escaped = Arrays.copyOf(escaped, count * 2);
  }

  private void addField(int s, int e, boolean hasEscapes) {
    if (count == starts.length) {
      grow();
    }
    starts[count] = s;
    ends[count] = e;
    escaped[count] = hasEscapes;
    count++;
  }

  private void unescapeQuotedFields() {
    for (int f = 0; f < count; f++) {
      if (escaped[f]) {
        int w = starts[f];
        for (int r = starts[f]; r < ends[f]; r++) {
          buf[w++] = buf[r];
          if (buf[r] == '"') {
            r++;
          }
        }
        ends[f] = w;
      }
    }
  }

  /** Keeps the unread part at the front, grows the buffer if one record fills it, reads more. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_RECORD_BYTES) {
        throw new UserException(fileName + ": line " + nextLine + " is longer than "
            + (MAX_RECORD_BYTES >> 20) + " MB; is this a CSV file?");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return limit > pos;
    }
    limit += n;
    return true;
  }

  private void skipByteOrderMark() {
    if (limit >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)
        || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
      throw new UserException(fileName + ": the file is UTF-16 encoded; netnps reads UTF-8 "
          + "(convert it, e.g. iconv -f UTF-16 -t UTF-8)");
    }
    if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
      bytesConsumed = 3;
    }
  }
}
