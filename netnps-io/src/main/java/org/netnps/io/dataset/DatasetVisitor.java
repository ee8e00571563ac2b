package org.netnps.io.dataset;

import org.netnps.io.validate.ColumnBatch;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.Rejection;

/** What a {@link DatasetReader} tells as it reads: files, batches of accepted rows, rejections. */
public interface DatasetVisitor {
  /**
   * Before a file is read. Returning false skips it (it was ingested before); cells.csv is read
   * anyway, since every other file is checked against it, but its batches are then not delivered.
   */
  default boolean beginFile(DatasetFile file) {
    return true;
  }

  default void batch(DatasetFile file, ColumnBatch batch) {}

  default void reject(DatasetFile file, Rejection rejection) {}

  default void endFile(DatasetFile file, FileReport report) {}
}
