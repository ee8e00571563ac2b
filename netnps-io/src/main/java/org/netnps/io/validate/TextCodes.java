package org.netnps.io.validate;

import java.util.function.Predicate;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.text.ByteDictionary;

/**
 * How one reading thread codes a table's text columns: in dictionaries that outlive any one file
 * or chunk (codes stay comparable across all the thread reads), except columns its reader does
 * not read, which are still checked but not coded ({@link ColumnBatch#UNREAD_CODE}): interning a
 * column of millions of distinct values nobody looks at costs more than parsing the row.
 */
public final class TextCodes {
  private final ByteDictionary[] dictionaries;
  private final boolean[] unread;

  public TextCodes(TableSchema schema, Predicate<String> reads) {
    int n = schema.size();
    this.dictionaries = new ByteDictionary[n];
    this.unread = new boolean[n];
    for (int c = 0; c < n; c++) {
      unread[c] = !reads.test(schema.column(c).name());
    }
  }

  /** The dictionary of column c, made on first use. */
  ByteDictionary dictionary(int c) {
    if (dictionaries[c] == null) {
      dictionaries[c] = new ByteDictionary();
    }
    return dictionaries[c];
  }

  boolean unread(int c) {
    return unread[c];
  }
}
