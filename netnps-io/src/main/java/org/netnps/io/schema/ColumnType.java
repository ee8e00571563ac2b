package org.netnps.io.schema;

/** How a column's text is read and where its value is kept in a {@code ColumnBatch}. */
public enum ColumnType {
  /** ISO-8601 with offset or epoch ms, kept as epoch milliseconds (UTC). */
  TIMESTAMP,
  /** A whole number, kept as a long. */
  INTEGER,
  /** 0 or 1, kept as a long. */
  FLAG,
  /** A finite decimal number, kept as a double. */
  DECIMAL,
  /** One of a closed list of words, kept as its index in the list. */
  ENUM,
  /** Free UTF-8 text, kept as a dictionary code. */
  TEXT,
  /** A cell_id that cells.csv declares, kept as the code of the known-cells dictionary. */
  CELL_REF,
  /** A cell_id or site_id that cells.csv declares, kept as text. */
  CELL_OR_SITE_REF;

  /** Whether values are kept in the long arrays of a batch. */
  public boolean isLong() {
    return this == TIMESTAMP || this == INTEGER || this == FLAG;
  }

  /** Whether values are kept as int codes (enum index or dictionary code). */
  public boolean isCoded() {
    return this == ENUM || this == TEXT || this == CELL_REF || this == CELL_OR_SITE_REF;
  }
}
