package org.netnps.io.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.netnps.core.UserException;
import org.netnps.io.csv.CsvRecordReader;
import org.netnps.io.csv.TextRecord;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.pm.PmXmlReader;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.HeaderBinding;
import org.netnps.io.validate.RowValidator;

/**
 * Reads one dataset file of any format through a {@link RowValidator}. Whatever stops a file
 * early (a broken header, truncated gzip, malformed XML) ends up in the report's error, with the
 * counts of what was read before it.
 */
final class TableReaders {
  private TableReaders() {}

  /** How a large plain CSV is read in chunks once its header is bound. */
  @FunctionalInterface
  interface Chunked {
    FileReport read(ParallelCsv csv, long dataStart, long headerLines) throws IOException;
  }

  static FileReport csv(DatasetFile f, ValidationTarget target, LongConsumer progress) {
    return csv(f, target, progress, ParallelCsv.MIN_PARALLEL_BYTES, ParallelCsv.CHUNK_BYTES);
  }

  /**
   * A file of at least {@code parallelFromBytes}, uncompressed, with no key to check across
   * rows, is read in chunks of {@code chunkBytes} on every core; any other one by this thread.
   */
  static FileReport csv(DatasetFile f, ValidationTarget target, LongConsumer progress,
      long parallelFromBytes, long chunkBytes) {
    int cores = Runtime.getRuntime().availableProcessors();
    return csv(f, target, progress, parallelFromBytes, chunkBytes,
        (csv, start, lines) -> csv.read(start, lines, cores));
  }

  /** As above, with the chunked read of a large file left to {@code chunked}. */
  static FileReport csv(DatasetFile f, ValidationTarget target, LongConsumer progress,
      long parallelFromBytes, long chunkBytes, Chunked chunked) {
    RowValidator v = null;
    try (InputStream in = InputFiles.open(f.path(), progress);
        CsvRecordReader r = new CsvRecordReader(in, f.relativePath())) {
      if (!r.next()) {
        return new FileReport(f.relativePath(), f.schema().kind(), 0, 0, 0, "empty file: no header line");
      }
      HeaderBinding binding = HeaderBinding.of(f.schema(), f.relativePath(), r);
      int cores = Runtime.getRuntime().availableProcessors();
      if (f.schema().uniqueKey() == null && cores > 1 && !InputFiles.isCompressed(in)
          && Files.isRegularFile(f.path()) && Files.size(f.path()) >= parallelFromBytes) {
        return chunked.read(new ParallelCsv(f, binding, target, progress, chunkBytes), r.bytesConsumed(),
            r.linesConsumed());
      }
      v = target.validator(binding);
      while (r.next()) {
        v.accept(r);
      }
      v.finish();
      return v.report(f.relativePath(), null);
    } catch (IOException e) {
      return failed(f, v, InputFiles.describe(e));
    } catch (UserException e) {
      return failed(f, v, e.getMessage());
    }
  }

  /**
   * Whether {@link #csv} would read a file in chunks: a CSV of at least {@code parallelFromBytes},
   * not gzip, of a table without a key to check across rows, on more than one core.
   */
  static boolean chunkable(DatasetFile f, long parallelFromBytes) {
    if (f.format() != DatasetFile.Format.CSV || f.schema().uniqueKey() != null
        || Runtime.getRuntime().availableProcessors() < 2) {
      return false;
    }
    try (InputStream in = InputFiles.open(f.path(), n -> {})) {
      return Files.isRegularFile(f.path()) && Files.size(f.path()) >= parallelFromBytes && !InputFiles.isCompressed(in);
    } catch (IOException | UserException e) {
      return false;   // the whole-file read reports what is wrong
    }
  }

  static FileReport parquet(DatasetFile f, ValidationTarget target) {
    RowValidator v = null;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      String source = "read_parquet('" + f.path().toAbsolutePath().toString().replace("'", "''") + "')";
      List<String> names = new ArrayList<>();
      List<String> select = new ArrayList<>();
      try (ResultSet cols = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
        while (cols.next()) {
          String name = cols.getString(1);
          if (f.schema().indexOf(name.toLowerCase(Locale.ROOT)) >= 0) {
            names.add(name.toLowerCase(Locale.ROOT));
            select.add(asText(name, cols.getString(2)));
          }
        }
      }
      v = target.validator(HeaderBinding.of(f.schema(), f.relativePath(), names));
      TextRecord record = new TextRecord();
      try (ResultSet rows = s.executeQuery("SELECT " + String.join(", ", select) + " FROM " + source)) {
        long row = 0;
        while (rows.next()) {
          record.begin(++row);
          for (int i = 1; i <= names.size(); i++) {
            record.add(rows.getString(i));
          }
          v.accept(record);
        }
      }
      v.finish();
      return v.report(f.relativePath(), null);
    } catch (SQLException e) {
      return failed(f, v, "unreadable Parquet: " + e.getMessage());
    } catch (UserException e) {
      return failed(f, v, e.getMessage());
    }
  }

  static FileReport pmXml(DatasetFile f, CounterMapping mapping, ValidationTarget target,
      LongConsumer progress) {
    TableSchema pm = ContractSchemas.PM;
    List<String> names = pm.columns().stream().map(c -> c.name()).toList();
    RowValidator v = target.validator(HeaderBinding.of(pm, f.relativePath(), names));
    TextRecord record = new TextRecord();
    try (InputStream in = InputFiles.open(f.path(), progress)) {
      new PmXmlReader(mapping).read(in, f.relativePath(), value -> v.accept(record.begin(value.line())
          .add(Long.toString(value.periodStartMs()))
          .add(Integer.toString(value.periodS()))
          .add(value.cellId())
          .add(value.counter())
          .add(value.value())
          .add(value.suspect() ? "1" : "0")));
      v.finish();
      return v.report(f.relativePath(), null);
    } catch (IOException e) {
      return failed(f, v, InputFiles.describe(e));
    } catch (UserException e) {
      return failed(f, v, e.getMessage());
    }
  }

  /** Timestamps become epoch ms and booleans 0/1, so the CSV rules apply to Parquet unchanged. */
  private static String asText(String column, String duckType) {
    String quoted = "\"" + column.replace("\"", "\"\"") + "\"";
    String type = duckType.toUpperCase(Locale.ROOT);
    if (type.startsWith("TIMESTAMP") || type.equals("DATE")) {
      return "CAST(epoch_ms(" + quoted + ") AS VARCHAR)";
    }
    if (type.equals("BOOLEAN")) {
      return "CAST(CAST(" + quoted + " AS INTEGER) AS VARCHAR)";
    }
    return "CAST(" + quoted + " AS VARCHAR)";
  }

  private static FileReport failed(DatasetFile f, RowValidator v, String error) {
    if (v == null) {
      return new FileReport(f.relativePath(), f.schema().kind(), 0, 0, 0, error);
    }
    v.finish();
    return v.report(f.relativePath(), error);
  }
}
