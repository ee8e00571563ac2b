package org.netnps.io.store;

import java.util.List;
import java.util.stream.Collectors;
import org.netnps.io.schema.ColumnSpec;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;

/**
 * The DuckDB tables of the store: one per kind of contract record (with the file each row came
 * from), the rejected rows, the files ingested with their fingerprints, and the datasets.
 * Timestamps are stored as UTC TIMESTAMP.
 */
public final class StoreSchema {
  private StoreSchema() {}

  public static List<String> ddl() {
    List<String> statements = new java.util.ArrayList<>();
    statements.add("CREATE TABLE IF NOT EXISTS datasets (name VARCHAR PRIMARY KEY, timezone VARCHAR, "
        + "grid_resolution INTEGER, source VARCHAR, ingested_at TIMESTAMP)");
    statements.add("CREATE TABLE IF NOT EXISTS ingested_files (file_id INTEGER PRIMARY KEY, "
        + "dataset VARCHAR, path VARCHAR, kind VARCHAR, bytes BIGINT, crc32c BIGINT, "
        + "rows_read BIGINT, rows_accepted BIGINT, rows_rejected BIGINT, ingested_at TIMESTAMP, "
        + "UNIQUE (dataset, path))");
    statements.add("CREATE TABLE IF NOT EXISTS rejects (file_id INTEGER, line BIGINT, "
        + "column_name VARCHAR, value VARCHAR, reason VARCHAR)");
    for (TableSchema t : ContractSchemas.ALL) {
      statements.add("CREATE TABLE IF NOT EXISTS " + t.kind() + " (file_id INTEGER, "
          + t.columns().stream().map(c -> c.name() + " " + sqlType(c)).collect(Collectors.joining(", "))
          + ")");
    }
    return statements;
  }

  static String sqlType(ColumnSpec c) {
    return switch (c.type()) {
      case TIMESTAMP -> "TIMESTAMP";
      case INTEGER -> "BIGINT";
      case FLAG -> "BOOLEAN";
      case DECIMAL -> "DOUBLE";
      default -> "VARCHAR";
    };
  }
}
