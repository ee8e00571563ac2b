package org.netnps.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.KnownCells;
import org.netnps.io.validate.Rejection;

/** The parallel read of a large CSV gives exactly what the sequential read gives. */
class ParallelCsvTest {
  @TempDir
  Path dir;

  private record Outcome(FileReport report, List<String> rejections, long rows) {}

  private static KnownCells knownCells() {
    KnownCells known = new KnownCells();
    known.add("C0101", "S01");
    known.add("C0102", "S01");
    known.add("N0101", "S01");
    return known;
  }

  private Outcome read(Path csv, long chunkBytes) {
    KnownCells known = knownCells();
    List<String> rejections = new ArrayList<>();
    long[] rows = {0};
    DatasetFile f = new DatasetFile(csv, "xdr/big.csv", ContractSchemas.XDR, DatasetFile.Format.CSV);
    ValidationTarget target = new ValidationTarget(known,
        batch -> rows[0] += batch.size(), (Rejection r) -> rejections.add(r.describe()));
    FileReport report = chunkBytes == 0
        ? TableReaders.csv(f, target, n -> {}, Long.MAX_VALUE, 0)
        : TableReaders.csv(f, target, n -> {}, 0, chunkBytes);
    return new Outcome(report, rejections, rows[0]);
  }

  /** The rows delivered (by subscriber, one per row), and the units each shard was given, in order. */
  private record Sharded(Outcome outcome, List<String> rows, Map<Integer, List<Long>> units) {}

  private Sharded readSharded(Path csv, long chunkBytes) {
    KnownCells known = knownCells();
    List<String> rejections = new ArrayList<>();
    List<String> rows = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, List<Long>> units = new ConcurrentHashMap<>();
    BatchShards shards = new BatchShards() {
      @Override
      public int count() {
        return 3;
      }

      @Override
      public boolean reads(String column) {
        return !column.equals("tac");
      }

      @Override
      public BatchSink sink(int shard, long unit) {
        units.computeIfAbsent(shard, k -> new ArrayList<>()).add(unit);
        return batch -> {
          for (int row = 0; row < batch.size(); row++) {
            rows.add(batch.stringAt(2, row));
          }
        };
      }
    };
    DatasetFile f = new DatasetFile(csv, "xdr/big.csv", ContractSchemas.XDR, DatasetFile.Format.CSV);
    ValidationTarget target = new ValidationTarget(known, null, (Rejection r) -> rejections.add(r.describe()));
    try (ReadLanes lanes = new ReadLanes(shards, ContractSchemas.XDR)) {
      FileReport report = TableReaders.csv(f, target, n -> {}, 0, chunkBytes,
          (parallel, start, headerLines) -> parallel.readSharded(start, headerLines, lanes));
      return new Sharded(new Outcome(report, rejections, rows.size()), rows, units);
    }
  }

  private static String bigCsv() {
    StringBuilder csv = new StringBuilder(MiniDataset.XDR_HEADER);
    for (int i = 0; i < 2000; i++) {
      String row = switch (i % 7) {
        case 3 -> MiniDataset.XDR_WEB.replace("-95.5", "-20");
        case 5 -> MiniDataset.XDR_WEB.replace(",35000001", ",\"tac\nwith a newline\"");
        default -> i % 2 == 0 ? MiniDataset.XDR_WEB : MiniDataset.XDR_VOICE;
      };
      int id = row.indexOf(',', row.indexOf(',') + 1);   // every row its own subscriber, to tell rows apart
      csv.append(row, 0, id + 1).append("sub").append(i).append(row.substring(row.indexOf(',', id + 1)));
    }
    return csv.toString();
  }

  /**
   * Rows without quotes (their chunks go to the shards as they are parsed), but for one row in the
   * middle whose quoted value, with newlines, is longer than several small chunks: chunks inside
   * it hold no quote byte yet start inside quotes.
   */
  private static String quoteFreeCsvButOneLongQuotedValue() {
    StringBuilder csv = new StringBuilder(MiniDataset.XDR_HEADER);
    for (int i = 0; i < 2000; i++) {
      String row = i % 2 == 0 ? MiniDataset.XDR_WEB : MiniDataset.XDR_VOICE;
      if (i == 1000) {
        row = MiniDataset.XDR_WEB.replace(",35000001", ",\"" + "a long value\n".repeat(40) + "\"");
      }
      int id = row.indexOf(',', row.indexOf(',') + 1);
      csv.append(row, 0, id + 1).append("sub").append(i).append(row.substring(row.indexOf(',', id + 1)));
    }
    return csv.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {97, 1000, 4096, 100_000})
  void chunksWithoutQuotesGoToTheShardsAsParsedAndStillEqualASequentialRead(long chunkBytes) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("plain.csv"), quoteFreeCsvButOneLongQuotedValue());
    Outcome sequential = assertShardedReadEqualsSequential(dir.resolve("plain.csv"), chunkBytes);
    assertEquals(2000, sequential.report().read());
    assertEquals(1, sequential.report().rejected(), "the long value is longer than a TAC may be");
  }

  @ParameterizedTest
  @ValueSource(longs = {97, 1000, 4096, 100_000})
  void chunkedReadingEqualsSequentialReadingEvenAcrossQuotedNewlines(long chunkBytes) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("big.csv"), bigCsv());
    Outcome sequential = read(dir.resolve("big.csv"), 0);
    Outcome parallel = read(dir.resolve("big.csv"), chunkBytes);
    assertEquals(2000, sequential.report().read());
    assertEquals(sequential.report(), parallel.report());
    assertEquals(sequential.rejections(), parallel.rejections());
    assertEquals(sequential.rows(), parallel.rows());
  }

  @ParameterizedTest
  @ValueSource(longs = {97, 1000, 4096, 100_000})
  void shardedReadingDeliversEveryAcceptedRowOnceEvenAcrossQuotedNewlines(long chunkBytes) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("big.csv"), bigCsv());
    assertShardedReadEqualsSequential(dir.resolve("big.csv"), chunkBytes);
  }

  /**
   * The sharded read gives the sequential read's report, rejections (in file order, at their
   * lines) and rows, no row twice, each shard its units in order; returns the sequential outcome.
   */
  private Outcome assertShardedReadEqualsSequential(Path csv, long chunkBytes) {
    Outcome sequential = read(csv, 0);
    Sharded sharded = readSharded(csv, chunkBytes);
    assertEquals(sequential.report(), sharded.outcome().report());
    assertEquals(sequential.rejections(), sharded.outcome().rejections(), "rejections in file order, at their lines");
    assertEquals(sequential.rows(), sharded.outcome().rows());
    assertEquals(sharded.rows().stream().distinct().count(), sharded.rows().size(), "no row twice");
    for (List<Long> units : sharded.units().values()) {
      List<Long> ordered = new ArrayList<>(units);
      Collections.sort(ordered);
      assertEquals(ordered, units, "a shard gets its units in order");
    }
    return sequential;
  }
}
