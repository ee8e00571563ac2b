package org.netnps.io.dataset;

import java.util.List;
import org.netnps.io.validate.FileReport;

/** The outcome of reading a dataset: one reconciled report per file read, and the files skipped. */
public record DatasetReport(DatasetManifest manifest, List<FileReport> files, List<String> skipped) {

  public DatasetReport {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  public long read() {
    return files.stream().mapToLong(FileReport::read).sum();
  }

  public long accepted() {
    return files.stream().mapToLong(FileReport::accepted).sum();
  }

  public long rejected() {
    return files.stream().mapToLong(FileReport::rejected).sum();
  }

  public boolean hasErrors() {
    return files.stream().anyMatch(FileReport::failed);
  }
}
