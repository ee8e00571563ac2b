package org.netnps.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.UserException;
import org.netnps.io.dataset.DatasetManifest;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.dataset.MiniDataset;
import org.netnps.io.pm.CounterMapping;

class DatasetIngestTest {
  @TempDir
  Path tmp;

  private DatasetReport ingest(Path dataset, Path db) {
    try (DuckDbStore store = DuckDbStore.open(db)) {
      return DatasetIngest.run(store, new DatasetReader(dataset, CounterMapping.defaults()),
          DatasetManifest.read(dataset), dataset.toString(), n -> {}, new DatasetVisitor() {});
    }
  }

  private long count(Path db, String sql) throws Exception {
    try (DuckDbStore store = DuckDbStore.open(db)) {
      return store.queryLong(sql);
    }
  }

  private String ingestAndSnapshot(Path dataset, Path db) throws Exception {
    ingest(dataset, db);
    return snapshot(db);
  }

  /** Every table's row count, as one comparable string. */
  private String snapshot(Path db) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (String t : new String[] {"cells", "xdr", "pm", "alarms", "subscribers", "surveys", "complaints",
        "rejects", "ingested_files", "datasets"}) {
      sb.append(t).append('=').append(count(db, "SELECT count(*) FROM " + t)).append(' ');
    }
    return sb.toString();
  }

  @Test
  void eachKindOfRecordLandsInItsTableWithRejectsBeside() throws Exception {
    Path ds = MiniDataset.write(tmp.resolve("ds"));
    MiniDataset.write(ds, "surveys.csv", "subscriber_id,surveyed_at,score\n460001,2026-03-02T12:00:00Z,11\n");
    Path db = tmp.resolve("netnps.duckdb");
    ingest(ds, db);
    assertEquals("cells=3 xdr=3 pm=2 alarms=1 subscribers=2 surveys=0 complaints=1 rejects=1 ingested_files=7 datasets=1 ",
        snapshot(db));
    assertEquals(1, count(db, "SELECT count(*) FROM xdr WHERE start_time = TIMESTAMP '2026-03-02 00:01:00' "
        + "AND service = 'voice' AND codec = 'EVS' AND dl_bytes IS NULL"));
    assertEquals(1, count(db, "SELECT count(*) FROM rejects WHERE line = 2 AND column_name = 'score' "
        + "AND reason = 'must be in [0, 10]'"));
  }

  @Test
  void ingestingTheSameDatasetTwiceAddsNothingAndAChangedFileReplacesItsRows() throws Exception {
    Path ds = MiniDataset.write(tmp.resolve("ds"));
    Path db = tmp.resolve("netnps.duckdb");
    String once = ingestAndSnapshot(ds, db);
    DatasetReport again = ingest(ds, db);
    assertEquals(once, snapshot(db));
    assertEquals(6, again.skipped().size(), "everything but cells.csv, which is always read");

    MiniDataset.write(ds, "xdr/day1.csv", MiniDataset.XDR_HEADER + MiniDataset.XDR_WEB);
    ingest(ds, db);
    assertEquals(1, count(db, "SELECT count(*) FROM xdr"));
    assertEquals(7, count(db, "SELECT count(*) FROM ingested_files"));
  }

  @Test
  void aFileErrorStoresNothingAtAll() throws Exception {
    Path ds = MiniDataset.write(tmp.resolve("ds"));
    Path db = tmp.resolve("netnps.duckdb");
    String before = ingestAndSnapshot(ds, db);
    MiniDataset.write(ds, "xdr/day2.csv", MiniDataset.XDR_HEADER + MiniDataset.XDR_WEB);
    MiniDataset.write(ds, "surveys.csv", "");
    UserException e = assertThrows(UserException.class, () -> ingest(ds, db));
    assertTrue(e.getMessage().contains("surveys.csv: empty file"), e.getMessage());
    assertEquals(before, snapshot(db));
  }

  /**
   * The child blocks reading a named pipe halfway through the dataset, after its cells and a
   * first session file were appended; SIGKILL then leaves the database as it was before.
   */
  @Test
  void aKilledIngestLeavesTheDatabaseAsItWas() throws Exception {
    Path db = tmp.resolve("netnps.duckdb");
    String before = ingestAndSnapshot(MiniDataset.write(tmp.resolve("first")), db);

    Path ds = MiniDataset.write(tmp.resolve("second"));
    MiniDataset.write(ds, "dataset.json", "{\"name\": \"second\"}");
    StringBuilder big = new StringBuilder(MiniDataset.XDR_HEADER);
    for (int i = 0; i < 30_000; i++) {
      big.append(MiniDataset.XDR_WEB);
    }
    MiniDataset.write(ds, "xdr/day1.csv", big.toString());
    Path fifo = ds.resolve("xdr/day2.csv");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), ds.toString(), db.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    try (OutputStream pipe = Files.newOutputStream(fifo)) {
      pipe.write(MiniDataset.XDR_HEADER.getBytes(StandardCharsets.UTF_8));
      pipe.flush();
      Thread.sleep(500);
      assertTrue(child.isAlive(), Files.readString(tmp.resolve("child.log")));
      new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
      child.waitFor(10, TimeUnit.SECONDS);
    } catch (java.io.IOException brokenPipe) {
      // the reader died first: expected
    }
    assertEquals(before, snapshot(db));
    assertEquals(0, count(db, "SELECT count(*) FROM datasets WHERE name = 'second'"));
  }
}
