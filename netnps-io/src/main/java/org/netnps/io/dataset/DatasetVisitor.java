package org.netnps.io.dataset;

import org.netnps.io.schema.TableSchema;
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

  /**
   * Shards to take a table's accepted batches on several threads instead of {@link #batch} in
   * file order on the reading thread; null (the default) for the latter.
   */
  default BatchShards shards(TableSchema schema) {
    return null;
  }

  /** Whether this visitor needs the batches at all (false: only files, reports and rejections). */
  default boolean takesBatches() {
    return true;
  }

  default void reject(DatasetFile file, Rejection rejection) {}

  default void endFile(DatasetFile file, FileReport report) {}

  /**
   * A visitor that tells both; the first decides whether a file is read, and its shards are used
   * when the second takes no batches.
   */
  static DatasetVisitor both(DatasetVisitor first, DatasetVisitor second) {
    return new DatasetVisitor() {
      @Override
      public BatchShards shards(TableSchema schema) {
        return second.takesBatches() ? null : first.shards(schema);
      }

      @Override
      public boolean takesBatches() {
        return first.takesBatches() || second.takesBatches();
      }

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
