package org.netnps.io.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.netnps.io.csv.TextRecord;
import org.netnps.io.schema.ColumnSpec;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;

class RowValidatorTest {
  private static final TableSchema XDR = ContractSchemas.XDR;

  @Test
  void textCodedPerBatchGivesEveryAcceptedRowItsOwnValueAcrossRejectionsGapsAndBatches() {
    int subscriber = XDR.indexOf("subscriber_id");
    int tac = XDR.indexOf("tac");
    List<String> seen = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    RowValidator v = validator((batch, row) -> batch.stringAt(subscriber, row) + "/" + batch.stringAt(tac, row), seen,
        rejected);
    List<String> expected = new ArrayList<>();
    TextRecord r = new TextRecord();
    int rows = 10_000;  // more than two batches
    for (int i = 0; i < rows; i++) {
      String id = "46000" + String.format("%010d", (i * 7919L) % 3001);
      String code = i % 5 == 0 ? null : "3500" + (i % 13);
      // every 9th row fails on its service, after its subscriber and before its tac were read
      String service = i % 9 == 0 ? "fax" : "web";
      String[] fields = new String[XDR.size()];
      fields[XDR.indexOf("start_time")] = "2026-03-02T00:00:00Z";
      fields[XDR.indexOf("duration_ms")] = "1000";
      fields[subscriber] = id;
      fields[XDR.indexOf("service")] = service;
      fields[XDR.indexOf("cell_id")] = "C0001";
      fields[tac] = code;
      r.begin(i + 2);
      Arrays.stream(fields).forEach(r::add);
      v.accept(r);
      if (i % 9 != 0) {
        expected.add(id + "/" + code);
      }
    }
    v.finish();
    assertEquals(expected, seen);
    assertEquals(rows - expected.size(), rejected.size());
    assertEquals("service", rejected.get(0).column());
  }

  /**
   * A row starts out missing: an empty field stores nothing, so neither a row rejected after some
   * of its fields were stored nor the rows of an earlier batch may leave values behind.
   */
  @Test
  void anEmptyFieldIsMissingWhateverTheRowBeforeItHeld() {
    int rsrp = XDR.indexOf("rsrp_dbm");
    int dlBytes = XDR.indexOf("dl_bytes");
    int rat = XDR.indexOf("rat");
    List<String> seen = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    RowValidator v = validator((batch, row) -> batch.doubleAt(rsrp, row) + "/" + batch.longAt(dlBytes, row) + "/"
        + batch.codeAt(rat, row), seen, rejected);
    List<String> expected = new ArrayList<>();
    TextRecord r = new TextRecord();
    int rows = 9_000;   // more than two batches
    for (int i = 0; i < rows; i++) {
      boolean full = i % 2 == 0;   // full rows alternate with rows whose optional fields are empty
      boolean bad = i % 6 == 0;    // a third of the full rows fail on their last field, after the others were stored
      String[] fields = new String[XDR.size()];
      fields[XDR.indexOf("start_time")] = "2026-03-02T00:00:00Z";
      fields[XDR.indexOf("duration_ms")] = "1000";
      fields[XDR.indexOf("subscriber_id")] = "460000000000001";
      fields[XDR.indexOf("service")] = "web";
      fields[XDR.indexOf("cell_id")] = "C0001";
      if (full) {
        fields[rsrp] = "-97.5";
        fields[dlBytes] = "123456";
        fields[rat] = "NR";
        fields[XDR.indexOf("tac")] = bad ? "x".repeat(ColumnSpec.MAX_TEXT_BYTES + 1) : "35000";
      }
      r.begin(i + 2);
      Arrays.stream(fields).forEach(r::add);
      v.accept(r);
      if (!bad) {
        expected.add(full ? "-97.5/123456/" + XDR.column(rat).allowed().indexOf("NR")
            : Double.NaN + "/" + ColumnBatch.MISSING_LONG + "/" + ColumnBatch.MISSING_CODE);
      }
    }
    v.finish();
    assertEquals(expected.size(), seen.size());
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(expected.get(i), seen.get(i), "accepted row " + i + ": rsrp_dbm/dl_bytes/rat code");
    }
    assertEquals(rows / 6, rejected.size());
    assertEquals("tac", rejected.get(0).column());
  }

  /** A validator of xDR rows in contract column order adding each accepted row, as {@code shown}, to {@code seen}. */
  private static RowValidator validator(BiFunction<ColumnBatch, Integer, String> shown, List<String> seen,
      List<Rejection> rejected) {
    List<String> names = XDR.columns().stream().map(c -> c.name()).toList();
    return new RowValidator(HeaderBinding.of(XDR, "xdr.csv", names), null, b -> {
      for (int row = 0; row < b.size(); row++) {
        seen.add(shown.apply(b, row));
      }
    }, rejected::add);
  }
}
