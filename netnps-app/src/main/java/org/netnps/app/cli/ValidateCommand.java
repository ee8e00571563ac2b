package org.netnps.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.netnps.app.Main;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps validate DATASET [--json]}: reads everything, stores nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Read and check every file of a dataset; store nothing. "
        + "Exit 0 when nothing is rejected, 1 when rows were rejected, 2 on a fatal error.")
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DATASET", description = "dataset directory (DATA-CONTRACT.md)")
  Path dataset;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Option(names = "--max-rejects", defaultValue = "20", description = "rejects to show (default ${DEFAULT-VALUE})")
  int maxRejects;

  @Mixin
  CounterMapOption counterMap;

  @Override
  public Integer call() throws Exception {
    DatasetReader reader = new DatasetReader(dataset, counterMap.mapping());
    RejectSample sample = new RejectSample(maxRejects);
    DatasetReport report;
    try (Progress progress = new Progress("validate", DatasetReader.totalBytes(reader.plan()))) {
      report = reader.read(sample, progress);
    }
    ReportPrinter printer = new ReportPrinter(System.out);
    if (json) {
      printer.json(report, sample);
    } else {
      printer.text(report, sample);
    }
    if (report.hasErrors()) {
      return Main.EXIT_USER_ERROR;
    }
    return report.rejected() > 0 ? Main.EXIT_REJECTS : 0;
  }
}
