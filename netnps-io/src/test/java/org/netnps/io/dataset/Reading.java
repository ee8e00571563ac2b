package org.netnps.io.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.Rejection;

/** The outcome of reading a dataset in a test: the report and every rejection. */
record Reading(DatasetReport report, List<Rejection> rejections) {
  static Reading of(Path dir) {
    List<Rejection> rejections = new ArrayList<>();
    DatasetReport report = new DatasetReader(dir, CounterMapping.defaults()).read(new DatasetVisitor() {
      @Override
      public void reject(DatasetFile file, Rejection r) {
        rejections.add(r);
      }
    }, n -> {});
    return new Reading(report, rejections);
  }

  FileReport file(String path) {
    return report.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }

  /** The only rejection, described. */
  String onlyRejection() {
    if (rejections.size() != 1) {
      throw new AssertionError("expected one rejection, got " + rejections);
    }
    return rejections.get(0).describe();
  }
}
