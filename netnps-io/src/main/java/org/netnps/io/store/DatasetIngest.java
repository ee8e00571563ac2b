package org.netnps.io.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import org.duckdb.DuckDBAppender;
import org.netnps.core.UserException;
import org.netnps.io.dataset.DatasetFile;
import org.netnps.io.dataset.DatasetManifest;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.schema.ColumnSpec;
import org.netnps.io.schema.ColumnType;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.validate.ColumnBatch;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.Rejection;

/**
 * Loads a dataset into the store in one transaction: all of it or, on any error or a crash, none
 * of it. Files are known by dataset name and relative path with their size and CRC-32C: an
 * unchanged file is skipped, a changed one replaces its earlier rows, so re-running the same
 * dataset adds nothing.
 */
public final class DatasetIngest implements DatasetVisitor {
  private final DuckDbStore store;
  private final String dataset;
  private final DatasetVisitor observer;
  private final Map<String, DuckDBAppender> appenders = new HashMap<>();
  private int fileId;

  private DatasetIngest(DuckDbStore store, String dataset, DatasetVisitor observer) {
    this.store = store;
    this.dataset = dataset;
    this.observer = observer;
  }

  /**
   * Reads, validates and stores the dataset; the store is unchanged if anything fails.
   * {@code observer} hears of every rejection too (to show the first ones).
   */
  public static DatasetReport run(DuckDbStore store, DatasetReader reader, DatasetManifest manifest,
      String source, java.util.function.LongConsumer progress, DatasetVisitor observer) {
    DatasetIngest ingest = new DatasetIngest(store, manifest.name(), observer);
    try {
      store.connection().setAutoCommit(false);
      DatasetReport report = reader.read(ingest, progress);
      ingest.closeAppenders();
      ingest.recordDataset(manifest, source);
      store.connection().commit();
      return report;
    } catch (SQLException e) {
      ingest.rollback();
      throw new IllegalStateException("storing failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      ingest.rollback();
      throw e;
    }
  }

  @Override
  public boolean beginFile(DatasetFile file) {
    try {
      // a named pipe can be read only once: it is never taken for unchanged
      boolean regular = Files.isRegularFile(file.path());
      long bytes = regular ? Files.size(file.path()) : -1;
      long crc = regular ? crc32c(file) : -1;
      try (PreparedStatement q = store.connection().prepareStatement(
          "SELECT file_id, bytes, crc32c, kind FROM ingested_files WHERE dataset = ? AND path = ?")) {
        q.setString(1, dataset);
        q.setString(2, file.relativePath());
        try (ResultSet r = q.executeQuery()) {
          if (r.next()) {
            if (regular && r.getLong(2) == bytes && r.getLong(3) == crc) {
              return false;
            }
            forget(r.getInt(1), r.getString(4));
          }
        }
      }
      fileId = (int) store.queryLong("SELECT coalesce(max(file_id), 0) + 1 FROM ingested_files");
      try (PreparedStatement ins = store.connection().prepareStatement(
          "INSERT INTO ingested_files (file_id, dataset, path, kind, bytes, crc32c) VALUES (?, ?, ?, ?, ?, ?)")) {
        ins.setInt(1, fileId);
        ins.setString(2, dataset);
        ins.setString(3, file.relativePath());
        ins.setString(4, file.schema().kind());
        ins.setLong(5, bytes);
        ins.setLong(6, crc);
        ins.executeUpdate();
      }
      return true;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(file.relativePath() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void batch(DatasetFile file, ColumnBatch batch) {
    TableSchema schema = batch.schema();
    try {
      DuckDBAppender a = appender(schema.kind());
      for (int row = 0; row < batch.size(); row++) {
        a.beginRow();
        a.append(fileId);
        for (int c = 0; c < schema.size(); c++) {
          appendValue(a, schema.column(c), batch, c, row);
        }
        a.endRow();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file.relativePath() + ": storing rows failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void reject(DatasetFile file, Rejection r) {
    observer.reject(file, r);
    try {
      DuckDBAppender a = appender("rejects");
      a.beginRow();
      a.append(fileId).append(r.line());
      appendText(a, r.column());
      appendText(a, r.value());
      a.append(r.reason());
      a.endRow();
    } catch (SQLException e) {
      throw new IllegalStateException(file.relativePath() + ": storing rejects failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void endFile(DatasetFile file, FileReport report) {
    if (report.failed()) {
      throw new UserException(file.relativePath() + ": " + report.error()
          + "; nothing was stored (fix the file and ingest again)");
    }
    try (PreparedStatement u = store.connection().prepareStatement(
        "UPDATE ingested_files SET rows_read = ?, rows_accepted = ?, rows_rejected = ?, "
            + "ingested_at = now()::TIMESTAMP WHERE file_id = ?")) {
      u.setLong(1, report.read());
      u.setLong(2, report.accepted());
      u.setLong(3, report.rejected());
      u.setInt(4, fileId);
      u.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void appendValue(DuckDBAppender a, ColumnSpec spec, ColumnBatch batch, int c, int row)
      throws SQLException {
    if (batch.isMissing(c, row)) {
      a.appendNull();
      return;
    }
    ColumnType type = spec.type();
    switch (type) {
      case TIMESTAMP -> a.appendEpochMicros(batch.longAt(c, row) * 1000);
      case INTEGER -> a.append(batch.longAt(c, row));
      case FLAG -> a.append(batch.longAt(c, row) != 0);
      case DECIMAL -> a.append(batch.doubleAt(c, row));
      default -> a.append(batch.stringAt(c, row));
    }
  }

  private static void appendText(DuckDBAppender a, String s) throws SQLException {
    if (s == null) {
      a.appendNull();
    } else {
      a.append(s);
    }
  }

  private DuckDBAppender appender(String table) throws SQLException {
    DuckDBAppender a = appenders.get(table);
    if (a == null) {
      a = store.connection().createAppender(table);
      appenders.put(table, a);
    }
    return a;
  }

  /** Earlier rows of a file that has changed since it was ingested. */
  private void forget(int oldFileId, String kind) throws SQLException {
    closeAppenders();
    for (String table : new String[] {kind, "rejects", "ingested_files"}) {
      try (PreparedStatement d = store.connection().prepareStatement(
          "DELETE FROM " + table + " WHERE file_id = ?")) {
        d.setInt(1, oldFileId);
        d.executeUpdate();
      }
    }
  }

  private void closeAppenders() throws SQLException {
    for (DuckDBAppender a : appenders.values()) {
      a.close();
    }
    appenders.clear();
  }

  private void recordDataset(DatasetManifest manifest, String source) throws SQLException {
    try (PreparedStatement p = store.connection().prepareStatement(
        "INSERT OR REPLACE INTO datasets VALUES (?, ?, ?, ?, now()::TIMESTAMP)")) {
      p.setString(1, manifest.name());
      p.setString(2, manifest.timezone().getId());
      p.setInt(3, manifest.gridResolution());
      p.setString(4, source);
      p.executeUpdate();
    }
  }

  private void rollback() {
    try {
      appenders.clear();
      store.connection().rollback();
    } catch (SQLException e) {
      // the connection is gone; DuckDB discards an uncommitted transaction on reopen anyway
    }
  }

  private static long crc32c(DatasetFile file) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buf = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file.path())) {
      for (int n; (n = in.read(buf)) > 0; ) {
        crc.update(buf, 0, n);
      }
    }
    return crc.getValue();
  }

}
