package org.netnps.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.netnps.io.dataset.DatasetManifest;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.store.DatasetIngest;
import org.netnps.io.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps ingest DATASET --db FILE}: validates a dataset and loads it into DuckDB. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Load a dataset into the embedded DuckDB store (one table per kind of record, "
        + "rejected rows in table rejects). All or nothing: an error or a crash leaves the database "
        + "as it was. Unchanged files ingested before are skipped.")
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DATASET", description = "dataset directory (DATA-CONTRACT.md)")
  Path dataset;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "DuckDB database file")
  Path db;

  @Option(names = "--max-rejects", defaultValue = "20", description = "rejects to show (default ${DEFAULT-VALUE})")
  int maxRejects;

  @Mixin
  CounterMapOption counterMap;

  @Override
  public Integer call() {
    DatasetReader reader = new DatasetReader(dataset, counterMap.mapping());
    DatasetManifest manifest = DatasetManifest.read(dataset);
    RejectSample sample = new RejectSample(maxRejects);
    DatasetReport report;
    try (DuckDbStore store = DuckDbStore.open(db);
        Progress progress = new Progress("ingest", DatasetReader.totalBytes(reader.plan()))) {
      report = DatasetIngest.run(store, reader, manifest, dataset.toAbsolutePath().toString(),
          progress, sample);
    }
    new ReportPrinter(System.out).text(report, sample);
    System.out.printf("stored in %s%s%n", db, report.rejected() > 0
        ? " (rejected rows are in table rejects)" : "");
    return 0;
  }
}
