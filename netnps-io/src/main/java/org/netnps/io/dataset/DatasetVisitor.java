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

  /** A visitor that tells both; the first decides whether a file is read. */
  static DatasetVisitor both(DatasetVisitor first, DatasetVisitor second) {
    return new DatasetVisitor() {
      @Override
      public boolean beginFile(DatasetFile file) {
        boolean read = first.beginFile(file);
        second.beginFile(file);
        return read;
      }

      @Override
      public void batch(DatasetFile file, ColumnBatch batch) {
        first.batch(file, batch);
        second.batch(file, batch);
      }

      @Override
      public void reject(DatasetFile file, Rejection rejection) {
        first.reject(file, rejection);
        second.reject(file, rejection);
      }

      @Override
      public void endFile(DatasetFile file, FileReport report) {
        first.endFile(file, report);
        second.endFile(file, report);
      }
    };
  }
}
