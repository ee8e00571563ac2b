package org.netnps.io.validate;

import java.util.Arrays;
import org.netnps.io.csv.RawRecord;
import org.netnps.io.schema.ColumnSpec;
import org.netnps.io.schema.ColumnType;
import org.netnps.io.schema.RowRule;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.text.ByteDictionary;
import org.netnps.io.text.Numbers;
import org.netnps.io.text.TimestampReader;
import org.netnps.io.text.Timestamps;
import org.netnps.io.text.Utf8;

/**
 * Checks every field of every record against its column's type, range, vocabulary and references,
 * and puts accepted rows into a {@link ColumnBatch}. A bad row becomes a {@link Rejection} naming
 * file, line, column, value and reason; the file goes on. Counts reconcile by construction:
 * each record is either committed to the batch or rejected.
 */
public final class RowValidator {
  private static final int BATCH_ROWS = 4096;

  private final HeaderBinding binding;
  private final TableSchema schema;
  private final int[] positions;
  private final ColumnType[] types;
  private final ColumnSpec[] specs;
  private final EnumWords[] enums;
  private final TimestampReader timestamps = new TimestampReader();
  private ColumnBatch batch;
  private final boolean freshBatches;
  private final ByteDictionary[] dictionaries;
  /** Text columns coded when their batch is complete (null: coded as each row is parsed). */
  private final DeferredCodes[] deferred;
  private final KnownCells known;
  private final BatchSink sink;
  private final RejectSink rejects;
  private final int keyColumn;
  private long[] keyFirstLine = new long[0];
  private long read;
  private long accepted;
  private long rejected;

  /** {@code known} may be null: cell references are then kept as text, unchecked. */
  public RowValidator(HeaderBinding binding, KnownCells known, BatchSink sink, RejectSink rejects) {
    this(binding, known, sink, rejects, false);
  }

  /**
   * With {@code freshBatches} every full batch handed to the sink is a new object the sink may
   * keep (the parallel reader holds them until their turn); otherwise one batch is reused.
   */
  public RowValidator(HeaderBinding binding, KnownCells known, BatchSink sink, RejectSink rejects,
      boolean freshBatches) {
    this(binding, known, sink, rejects, freshBatches, null);
  }

  /**
   * With {@code shared}, text columns are coded as it says (dictionaries that outlive this
   * validator; columns not read left uncoded); otherwise each validator has its own dictionaries.
   */
  public RowValidator(HeaderBinding binding, KnownCells known, BatchSink sink, RejectSink rejects,
      boolean freshBatches, TextCodes shared) {
    this.freshBatches = freshBatches;
    this.binding = binding;
    this.schema = binding.schema();
    this.positions = binding.positions();
    this.known = known;
    this.sink = sink;
    this.rejects = rejects;
    int n = schema.size();
    this.types = new ColumnType[n];
    this.specs = new ColumnSpec[n];
    this.enums = new EnumWords[n];
    this.dictionaries = new ByteDictionary[n];
    for (int c = 0; c < n; c++) {
      specs[c] = schema.column(c);
      types[c] = specs[c].type();
      enums[c] = types[c] == ColumnType.ENUM ? new EnumWords(specs[c].allowed()) : null;
      if (types[c] == ColumnType.CELL_REF && known != null) {
        dictionaries[c] = known.cells();
      } else if (types[c].isCoded() && types[c] != ColumnType.ENUM) {
        dictionaries[c] = shared == null ? new ByteDictionary() : shared.unread(c) ? null : shared.dictionary(c);
      }
    }
    this.batch = new ColumnBatch(schema, BATCH_ROWS, dictionaries);

    this.keyColumn = schema.uniqueKey() == null ? -1 : schema.indexOf(schema.uniqueKey());
    // A unique key and a row rule look at a row's values as it is parsed, so only tables with
    // neither have their text coded per batch.
    this.deferred = new DeferredCodes[n];
    for (int c = 0; c < n; c++) {
      if (keyColumn < 0 && schema.rule() == null && types[c] == ColumnType.TEXT && dictionaries[c] != null) {
        deferred[c] = new DeferredCodes(dictionaries[c], BATCH_ROWS);
      }
    }
  }

  /** Validates one record: accepted into the batch (flushed to the sink when full) or rejected. */
  public void accept(RawRecord r) {
    read++;
    if (r.malformed() != null) {
      reject(r.line(), null, null, r.malformed());
      return;
    }
    if (r.fieldCount() != binding.fieldCount()) {
      reject(r.line(), null, null, "expected " + binding.fieldCount()
          + " fields as in the header, but found " + r.fieldCount());
      return;
    }
    int row = batch.size();
    byte[] b = r.buffer();
    for (int c = 0; c < types.length; c++) {
      int f = positions[c];
      String reason = f < 0 ? store(c, row, b, 0, 0) : store(c, row, b, r.start(f), r.end(f));
      if (reason != null) {
        String value = f < 0 ? "" : Utf8.forMessage(b, r.start(f), r.end(f));
        reject(r.line(), specs[c].name(), value, reason);
        batch.fillMissing(row, row + 1);
        return;
      }
    }
    if (schema.rule() != null) {
      RowRule.Violation v = schema.rule().check(batch, row);
      if (v != null) {
        reject(r.line(), v.column(), null, v.reason());
        batch.fillMissing(row, row + 1);
        return;
      }
    }
    if (keyColumn >= 0 && !firstOccurrence(row, r.line())) {
      batch.fillMissing(row, row + 1);
      return;
    }
    batch.commitRow(r.line());
    accepted++;
    if (batch.isFull()) {
      flush();
    }
  }

  /** Hands the last partial batch to the sink; call once at the end of the file. */
  public void finish() {
    flush();
  }

  public FileReport report(String path, String error) {
    return new FileReport(path, schema.kind(), read, accepted, rejected, error);
  }

  private void flush() {
    if (batch.size() > 0) {
      for (int c = 0; c < deferred.length; c++) {
        if (deferred[c] != null) {
          deferred[c].codeInto(batch.codeColumn(c), batch.size());
        }
      }
      sink.accept(batch);
      if (freshBatches) {
        batch = new ColumnBatch(schema, BATCH_ROWS, dictionaries);
      } else {
        batch.clear();
      }
    }
  }

  private void reject(long line, String column, String value, String reason) {
    rejected++;
    rejects.reject(new Rejection(binding.file(), line, column, value, reason));
  }

  /** Parses field bytes [s, e) into column c of the current row; returns a reason or null. */
  private String store(int c, int row, byte[] b, int s, int e) {
    ColumnSpec spec = specs[c];
    if (s == e) {
      if (spec.required()) {
        return "required value is missing";
      }
      if (deferred[c] != null) {
        deferred[c].missing(row);
      }
      return null;   // the row holds the missing value already (ColumnBatch#fillMissing)
    }
    switch (types[c]) {
      case TIMESTAMP: {
        long ms = timestamps.parse(b, s, e);
        if (ms == Timestamps.INVALID) {
          return "bad timestamp: " + Timestamps.lastError();
        }
        batch.longColumn(c)[row] = ms;
        return null;
      }
      case INTEGER:
      case FLAG: {
        long v = Numbers.parseLong(b, s, e);
        if (v == Numbers.NOT_A_LONG) {
          return types[c] == ColumnType.FLAG ? "must be 0 or 1" : "not a whole number";
        }
        if (v < spec.min() || v > spec.max()) {
          return types[c] == ColumnType.FLAG ? "must be 0 or 1" : "must be in " + spec.rangeText();
        }
        batch.longColumn(c)[row] = v;
        return null;
      }
      case DECIMAL: {
        double v = Numbers.parseDouble(b, s, e);
        if (Double.isNaN(v)) {
          return "not a number";
        }
        if (v < spec.min() || v > spec.max()) {
          return "must be in " + spec.rangeText();
        }
        batch.doubleColumn(c)[row] = v;
        return null;
      }
      case ENUM:
        return storeEnum(c, row, b, s, e);
      default:
        return storeText(c, row, b, s, e);
    }
  }

  private String storeEnum(int c, int row, byte[] b, int s, int e) {
    int i = enums[c].indexOf(b, s, e);
    if (i < 0) {
      return "must be one of " + String.join(", ", specs[c].allowed());
    }
    batch.codeColumn(c)[row] = i;
    return null;
  }

  private String storeText(int c, int row, byte[] b, int s, int e) {
    if (e - s > specs[c].max()) {
      return "longer than " + (long) specs[c].max() + " bytes";
    }
    if (!Utf8.isValid(b, s, e)) {
      return "not valid UTF-8 (netnps reads UTF-8 files)";
    }
    int code;
    if (types[c] == ColumnType.CELL_REF && known != null) {
      code = dictionaries[c].find(b, s, e);
      if (code == ByteDictionary.ABSENT) {
        return "unknown cell: not in cells.csv";
      }
    } else {
      if (types[c] == ColumnType.CELL_OR_SITE_REF && known != null && !known.isCellOrSite(b, s, e)) {
        return "unknown object: neither a cell_id nor a site_id of cells.csv";
      }
      if (deferred[c] != null) {
        deferred[c].put(row, b, s, e);
        return null;
      }
      code = dictionaries[c] == null ? ColumnBatch.UNREAD_CODE : dictionaries[c].intern(b, s, e);
    }
    batch.codeColumn(c)[row] = code;
    return null;
  }

  private boolean firstOccurrence(int row, long line) {
    int code = batch.codeAt(keyColumn, row);
    if (code >= keyFirstLine.length) {
      keyFirstLine = Arrays.copyOf(keyFirstLine, Math.max(code + 1, keyFirstLine.length * 2));
    }
    if (keyFirstLine[code] != 0) {
      reject(line, schema.uniqueKey(), batch.stringAt(keyColumn, row),
          "duplicate key (first on line " + keyFirstLine[code] + ")");
      return false;
    }
    keyFirstLine[code] = line;
    return true;
  }
}
