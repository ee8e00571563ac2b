package org.netnps.io.dataset;

import java.nio.file.Path;
import org.netnps.io.schema.TableSchema;

/** One file of a dataset directory: where it is, what it holds, how it is encoded. */
public record DatasetFile(Path path, String relativePath, TableSchema schema, Format format) {

  /** How a file is encoded. */
  public enum Format {
    CSV,
    PARQUET,
    PM_XML
  }
}
