package org.netnps.io.schema;

import java.util.List;

/**
 * The columns of one kind of contract file. {@code uniqueKey} names a column whose values must not
 * repeat (null when none may be checked); {@code rule} checks relations between columns.
 */
public record TableSchema(String kind, List<ColumnSpec> columns, String uniqueKey, RowRule rule) {

  public TableSchema {
    columns = List.copyOf(columns);
    if (uniqueKey != null && indexOf(columns, uniqueKey) < 0) {
      throw new IllegalArgumentException(kind + ": unique key " + uniqueKey + " is not a column");
    }
  }

  public int indexOf(String column) {
    return indexOf(columns, column);
  }

  public ColumnSpec column(int index) {
    return columns.get(index);
  }

  public int size() {
    return columns.size();
  }

  private static int indexOf(List<ColumnSpec> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
