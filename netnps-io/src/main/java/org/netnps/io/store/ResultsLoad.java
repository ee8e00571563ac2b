package org.netnps.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.netnps.core.UserException;

/**
 * Loads a results directory into the DuckDB store, replacing the previous results in one
 * transaction: summary.json as one row of table results_summary, each CSV as its own table.
 */
public final class ResultsLoad {
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("results_subscribers", "subscribers.csv");
    TABLES.put("results_grids", "grids.csv");
    TABLES.put("results_findings", "findings.csv");
    TABLES.put("results_plan", "plan.csv");
    TABLES.put("results_breakdowns", "breakdowns.csv");
    TABLES.put("results_trend", "trend.csv");
    TABLES.put("results_reasons", "reasons.csv");
  }

  private ResultsLoad() {}

  public static void load(DuckDbStore store, Path results) {
    try {
      store.execute("BEGIN TRANSACTION");
      store.execute("CREATE OR REPLACE TABLE results_summary AS SELECT * FROM read_json_auto("
          + literal(results.resolve("summary.json")) + ")");
      for (Map.Entry<String, String> t : TABLES.entrySet()) {
        Path csv = results.resolve(t.getValue());
        if (Files.isRegularFile(csv)) {
          store.execute("CREATE OR REPLACE TABLE " + t.getKey() + " AS SELECT * FROM read_csv("
              + literal(csv) + ", header = true, sample_size = -1)");
        }
      }
      store.execute("COMMIT");
    } catch (SQLException e) {
      try {
        store.execute("ROLLBACK");
      } catch (SQLException ignored) {
        // the connection reports the first error below
      }
      throw new UserException("cannot store the results of " + results + ": " + e.getMessage(), e);
    }
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
