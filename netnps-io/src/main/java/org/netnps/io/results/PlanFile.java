package org.netnps.io.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.PlannedAction;
import org.netnps.io.csv.CsvRecordReader;

/**
 * Reads plan.csv (DATA-CONTRACT.md): action_id, finding_id, action, target, grid_id,
 * expected_nps_gain, cost, priority, and an optional value. Any bad row stops the read with its
 * file, line, field and value: a plan is applied whole or not at all.
 */
public final class PlanFile {
  private static final List<String> REQUIRED = List.of("action_id", "action", "target");

  private PlanFile() {}

  public static List<PlannedAction> read(Path file) {
    try (InputStream in = Files.newInputStream(file);
        CsvRecordReader csv = new CsvRecordReader(in, file.toString())) {
      if (!csv.next()) {
        throw new UserException(file + ": empty file, expected the plan.csv header");
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < csv.fieldCount(); i++) {
        columns.put(field(csv, i).trim(), i);
      }
      for (String c : REQUIRED) {
        if (!columns.containsKey(c)) {
          throw new UserException(file + ":1: missing column " + c);
        }
      }
      List<PlannedAction> plan = new ArrayList<>();
      while (csv.next()) {
        if (csv.malformed() != null) {
          throw new UserException(file + ":" + csv.line() + ": " + csv.malformed());
        }
        if (csv.fieldCount() == 1 && field(csv, 0).isEmpty()) {
          continue;
        }
        Row row = new Row(file, csv, columns);
        plan.add(new PlannedAction(row.text("action_id", true), row.text("finding_id", false), row.action(),
            row.text("target", true), row.text("grid_id", false), row.number("expected_nps_gain"),
            row.number("cost"), (int) (Double.isNaN(row.number("priority")) ? 0 : row.number("priority")),
            row.number("value")));
      }
      return plan;
    } catch (NoSuchFileException e) {
      throw new UserException(file + ": no such file");
    } catch (IOException e) {
      throw new UserException(file + ": " + e.getMessage());
    }
  }

  private static String field(CsvRecordReader csv, int i) {
    return new String(csv.buffer(), csv.start(i), csv.end(i) - csv.start(i), StandardCharsets.UTF_8);
  }

  private record Row(Path file, CsvRecordReader csv, Map<String, Integer> columns) {
    String text(String column, boolean required) {
      Integer i = columns.get(column);
      String v = i == null || i >= csv.fieldCount() ? "" : field(csv, i).trim();
      if (required && v.isEmpty()) {
        throw error(column, v, "is required");
      }
      return v;
    }

    double number(String column) {
      String v = text(column, false);
      if (v.isEmpty()) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw error(column, v, "is not a number");
      }
    }

    ActionType action() {
      String v = text("action", true);
      for (ActionType t : ActionType.values()) {
        if (t.code().equals(v)) {
          return t;
        }
      }
      throw error("action", v, "is not an action of plan.csv");
    }

    UserException error(String column, String value, String reason) {
      return new UserException(file + ":" + csv.line() + ": field " + column + " = '" + value + "' " + reason);
    }
  }
}
