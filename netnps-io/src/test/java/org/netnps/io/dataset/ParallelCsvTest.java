package org.netnps.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.KnownCells;
import org.netnps.io.validate.Rejection;

/** The parallel read of a large CSV gives exactly what the sequential read gives. */
class ParallelCsvTest {
  @TempDir
  Path dir;

  private record Outcome(FileReport report, List<String> rejections, long rows) {}

  private Outcome read(Path csv, long chunkBytes) {
    KnownCells known = new KnownCells();
    known.add("C0101", "S01");
    known.add("C0102", "S01");
    known.add("N0101", "S01");
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

  @ParameterizedTest
  @ValueSource(longs = {97, 1000, 4096, 100_000})
  void chunkedReadingEqualsSequentialReadingEvenAcrossQuotedNewlines(long chunkBytes) throws Exception {
    StringBuilder csv = new StringBuilder(MiniDataset.XDR_HEADER);
    for (int i = 0; i < 2000; i++) {
      String row = switch (i % 7) {
        case 3 -> MiniDataset.XDR_WEB.replace("-95.5", "-20");
        case 5 -> MiniDataset.XDR_WEB.replace(",35000001", ",\"tac\nwith a newline\"");
        default -> i % 2 == 0 ? MiniDataset.XDR_WEB : MiniDataset.XDR_VOICE;
      };
      csv.append(row);
    }
    java.nio.file.Files.writeString(dir.resolve("big.csv"), csv.toString());
    Outcome sequential = read(dir.resolve("big.csv"), 0);
    Outcome parallel = read(dir.resolve("big.csv"), chunkBytes);
    assertEquals(2000, sequential.report().read());
    assertEquals(sequential.report(), parallel.report());
    assertEquals(sequential.rejections(), parallel.rejections());
    assertEquals(sequential.rows(), parallel.rows());
  }
}
