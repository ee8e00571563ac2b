package org.netnps.io.scan;

import java.util.Arrays;
import java.util.Map;
import org.netnps.io.validate.ColumnBatch;

/**
 * Dense cell indexes (cells.csv order) of a batch's cell column: the reader's cell codes are
 * translated once per code, not once per row. Not thread-safe: one per reading thread; the map of
 * cell ids it reads is not written to while it is used.
 */
final class CellCodes {
  private final Map<String, Integer> cellIndex;
  private int[] cellOfCode = new int[0];

  CellCodes(Map<String, Integer> cellIndex) {
    this.cellIndex = cellIndex;
  }

  int cellOf(ColumnBatch b, int column, int row) {
    int code = b.codeAt(column, row);
    if (code >= cellOfCode.length) {
      int old = cellOfCode.length;
      cellOfCode = Arrays.copyOf(cellOfCode, Math.max(code + 1, old * 2));
      Arrays.fill(cellOfCode, old, cellOfCode.length, -1);
    }
    int c = cellOfCode[code];
    if (c < 0) {
      c = cellIndex.get(b.stringAt(column, row));
      cellOfCode[code] = c;
    }
    return c;
  }
}
