package org.netnps.io.validate;

import java.util.Arrays;
import org.netnps.io.schema.ColumnSpec;
import org.netnps.io.schema.ColumnType;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.text.ByteDictionary;

/**
 * Accepted rows of one file in columns of primitives: longs (timestamps as epoch ms, integers,
 * flags), doubles, and int codes (enum index or dictionary code). Missing values are
 * {@link #MISSING_LONG}, NaN, or {@link #MISSING_CODE}, which every row holds until a value is
 * stored. Reused from batch to batch.
 */
public final class ColumnBatch {
  public static final long MISSING_LONG = Long.MIN_VALUE;
  public static final int MISSING_CODE = -1;
  /** A text value that was checked but not coded: its reader said it does not read the column. */
  public static final int UNREAD_CODE = -2;

  private final TableSchema schema;
  private final long[][] longs;
  private final double[][] doubles;
  private final int[][] codes;
  private final ByteDictionary[] dictionaries;
  private final long[] lines;
  private int size;

  ColumnBatch(TableSchema schema, int capacity, ByteDictionary[] dictionaries) {
    this.schema = schema;
    int n = schema.size();
    this.longs = new long[n][];
    this.doubles = new double[n][];
    this.codes = new int[n][];
    this.dictionaries = dictionaries;
    this.lines = new long[capacity];
    for (int c = 0; c < n; c++) {
      ColumnType type = schema.column(c).type();
      if (type.isLong()) {
        longs[c] = new long[capacity];
      } else if (type == ColumnType.DECIMAL) {
        doubles[c] = new double[capacity];
      } else {
        codes[c] = new int[capacity];
      }
    }
    fillMissing(0, capacity);
  }

  public TableSchema schema() {
    return schema;
  }

  public int size() {
    return size;
  }

  /** Source line of a row, for messages. */
  public long line(int row) {
    return lines[row];
  }

  public long longAt(int column, int row) {
    return longs[column][row];
  }

  public double doubleAt(int column, int row) {
    return doubles[column][row];
  }

  public int codeAt(int column, int row) {
    return codes[column][row];
  }

  public boolean isMissing(int column, int row) {
    ColumnType type = schema.column(column).type();
    if (type.isLong()) {
      return longs[column][row] == MISSING_LONG;
    }
    if (type == ColumnType.DECIMAL) {
      return Double.isNaN(doubles[column][row]);
    }
    return codes[column][row] == MISSING_CODE;
  }

  /** The text of an enum or text column, or null when missing. */
  public String stringAt(int column, int row) {
    int code = codes[column][row];
    if (code == MISSING_CODE) {
      return null;
    }
    if (code == UNREAD_CODE) {
      throw new IllegalStateException(schema.column(column).name()
          + " was checked but not kept: its reader said it does not read it");
    }
    ColumnSpec spec = schema.column(column);
    return spec.type() == ColumnType.ENUM ? spec.allowed().get(code) : dictionaries[column].string(code);
  }

  /**
   * The dictionary behind a text or cell column's codes (null for other columns). Codes are only
   * comparable between batches that share this dictionary.
   */
  public ByteDictionary dictionary(int column) {
    return dictionaries[column];
  }

  long[] longColumn(int column) {
    return longs[column];
  }

  double[] doubleColumn(int column) {
    return doubles[column];
  }

  int[] codeColumn(int column) {
    return codes[column];
  }

  void commitRow(long line) {
    lines[size++] = line;
  }

  boolean isFull() {
    return size == lines.length;
  }

  /** Empties the batch; every row holds missing values again. */
  void clear() {
    fillMissing(0, size);
    size = 0;
  }

  /**
   * Sets rows [from, to) of every column to its missing value: a row starts out missing, so an
   * empty field costs nothing, and a rejected row leaves nothing behind for the next.
   */
  void fillMissing(int from, int to) {
    for (int c = 0; c < codes.length; c++) {
      if (longs[c] != null) {
        Arrays.fill(longs[c], from, to, MISSING_LONG);
      } else if (doubles[c] != null) {
        Arrays.fill(doubles[c], from, to, Double.NaN);
      } else {
        Arrays.fill(codes[c], from, to, MISSING_CODE);
      }
    }
  }
}
