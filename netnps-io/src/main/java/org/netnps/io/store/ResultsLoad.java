package org.netnps.io.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.netnps.core.UserException;

/**
 * Loads a results directory into the DuckDB store, replacing the previous results in one
 * transaction: summary.json as one row of table results_summary, each CSV as its own table,
 * summary.json and the model card verbatim in results_documents, and the dataset's cells (for
 * maps) in results_cells. Identifier columns are read as text, so a subscriber 0012 stays 0012.
 */
public final class ResultsLoad {
  private record Table(String name, String file, List<String> textColumns) {}

  private static final List<Table> TABLES = List.of(
      new Table("results_subscribers", "subscribers.csv", List.of("subscriber_id", "top_reason")),
      new Table("results_grids", "grids.csv", List.of("grid_id", "serving_cell")),
      new Table("results_findings", "findings.csv",
          List.of("finding_id", "cause", "cell_id", "grid_id", "evidence", "device_model")),
      new Table("results_plan", "plan.csv", List.of("action_id", "finding_id", "action", "target", "grid_id")),
      new Table("results_breakdowns", "breakdowns.csv", List.of("dimension", "key")),
      new Table("results_trend", "trend.csv", List.of()),
      new Table("results_devices", "devices.csv", List.of("device_model")),
      new Table("results_reasons", "reasons.csv", List.of("subscriber_id", "feature", "reason")));

  /** ART indexes for the server's point lookups (a grid's rows, a subscriber, a finding's place). */
  private static final List<String> INDEXES = List.of(
      "CREATE INDEX results_grids_grid ON results_grids(grid_id)",
      "CREATE INDEX results_grids_hour ON results_grids(hour)",
      "CREATE INDEX results_subscribers_id ON results_subscribers(subscriber_id)",
      "CREATE INDEX results_reasons_id ON results_reasons(subscriber_id)",
      "CREATE INDEX results_findings_grid ON results_findings(grid_id)",
      "CREATE INDEX results_findings_cell ON results_findings(cell_id)");

  private static final List<String> DOCUMENTS = List.of("summary.json", "model-card.md");

  private ResultsLoad() {}

  /** Loads the results; {@code cells} (the dataset's cells.csv) may be null. */
  public static void load(DuckDbStore store, Path results, Path cells) {
    try {
      store.execute("BEGIN TRANSACTION");
      store.execute("CREATE OR REPLACE TABLE results_summary AS SELECT * FROM read_json_auto("
          + literal(results.resolve("summary.json")) + ")");
      for (Table t : TABLES) {
        Path csv = results.resolve(t.file());
        if (Files.isRegularFile(csv)) {
          store.execute("CREATE OR REPLACE TABLE " + t.name() + " AS SELECT * FROM read_csv(" + literal(csv)
              + ", header = true, sample_size = -1" + types(t.textColumns()) + ")");
        }
      }
      for (String index : INDEXES) {
        String table = index.substring(index.indexOf(" ON ") + 4, index.indexOf('('));
        if (store.queryLong("SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'") > 0) {
          store.execute(index);
        }
      }
      loadDocuments(store, results);
      if (cells != null && Files.isRegularFile(cells)) {
        store.execute("CREATE OR REPLACE TABLE results_cells AS SELECT * FROM read_csv(" + literal(cells)
            + ", header = true, sample_size = -1, types = {'cell_id': 'VARCHAR', 'site_id': 'VARCHAR'})");
      }
      store.execute("COMMIT");
    } catch (SQLException | IOException e) {
      try {
        store.execute("ROLLBACK");
      } catch (SQLException ignored) {
        // the connection reports the first error below
      }
      throw new UserException("cannot store the results of " + results + ": " + e.getMessage(), e);
    }
  }

  private static void loadDocuments(DuckDbStore store, Path results) throws SQLException, IOException {
    store.execute("CREATE OR REPLACE TABLE results_documents (name VARCHAR PRIMARY KEY, content VARCHAR NOT NULL)");
    for (String name : DOCUMENTS) {
      Path file = results.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (PreparedStatement p = store.connection().prepareStatement("INSERT INTO results_documents VALUES (?, ?)")) {
        p.setString(1, name);
        p.setString(2, Files.readString(file, StandardCharsets.UTF_8));
        p.executeUpdate();
      }
    }
  }

  private static String types(List<String> textColumns) {
    if (textColumns.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(", types = {");
    for (int i = 0; i < textColumns.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('\'').append(textColumns.get(i)).append("': 'VARCHAR'");
    }
    return b.append('}').toString();
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
