package org.netnps.app.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What the diagnosis checks read: findings.csv of the results, the truth's problems.csv and each cell's site. */
record DiagnosisFiles(SimpleCsv findings, SimpleCsv problems, Map<String, String> siteOf) {
  /** The files, or null when the results have no findings.csv or the truth no problems.csv. */
  static DiagnosisFiles read(Path results, Path truth, Path dataset) {
    Path problemsFile = truth.resolve("problems.csv");
    Path findingsFile = results.resolve("findings.csv");
    if (!Files.isRegularFile(problemsFile) || !Files.isRegularFile(findingsFile)) {
      return null;
    }
    SimpleCsv cells = new SimpleCsv(dataset.resolve("cells.csv"));
    Map<String, String> siteOf = new HashMap<>();
    for (String[] c : cells.rows) {
      siteOf.put(c[cells.column("cell_id")], c[cells.column("site_id")]);
    }
    return new DiagnosisFiles(new SimpleCsv(findingsFile), new SimpleCsv(problemsFile), siteOf);
  }
}
