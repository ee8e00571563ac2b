package org.netnps.io.csv;

/**
 * One input record as byte ranges of a shared buffer: a CSV line, or a Parquet row rendered as
 * text. Valid until the source moves to the next record.
 */
public interface RawRecord {
  /** Physical line (CSV) or row number (Parquet) where the record starts, 1-based. */
  long line();

  int fieldCount();

  byte[] buffer();

  int start(int field);

  int end(int field);

  /** Why the record could not be split into fields (bad quoting), or null. */
  String malformed();
}
