package org.netnps.server.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every grid's detail without a query: its whole-period row, its hours and serving cells from
 * {@link GridHourRows}, and the findings and cells, read once at start. The results do not change
 * while the server holds the database, so the copy stays right.
 */
public final class GridDetails {
  private final Map<String, Map<String, Object>> whole = new HashMap<>();
  private final Map<String, Map<String, Object>> cells = new HashMap<>();
  private final List<Map<String, Object>> findings;
  private final GridHourRows hours;

  private GridDetails(List<Map<String, Object>> findings, GridHourRows hours) {
    this.findings = findings;
    this.hours = hours;
  }

  static GridDetails load(Session s, String wholeSql, boolean hasCells, GridHourRows hours) throws Exception {
    GridDetails d = new GridDetails(Rows.query(s, "SELECT * FROM results_findings ORDER BY nps_impact DESC, finding_id"),
        hours);
    if (hasCells) {
      for (Map<String, Object> c : Rows.query(s, "SELECT * FROM results_cells")) {
        d.cells.put((String) c.get("cell_id"), c);
      }
    }
    for (Map<String, Object> g : Rows.query(s, wholeSql)) {
      d.whole.put((String) g.get("grid_id"), g);
    }
    return d;
  }

  /** A grid's detail without its boundary, or null when the results have no such grid. */
  public Map<String, Object> detail(String gridId) {
    Map<String, Object> row = whole.get(gridId);
    if (row == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(row);
    out.put("hours", hours.hoursOf(gridId));
    Map<String, Integer> serving = hours.servingHours(gridId);
    List<Map<String, Object>> served = new ArrayList<>();
    serving.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          Map<String, Object> c = new LinkedHashMap<>(cells.getOrDefault(e.getKey(), Map.of("cell_id", e.getKey())));
          c.put("hours", e.getValue());
          served.add(c);
        });
    out.put("cells", served);
    out.put("findings", findings.stream().filter(f -> gridId.equals(f.get("grid_id"))
        || f.get("cell_id") != null && serving.containsKey((String) f.get("cell_id"))).toList());
    return out;
  }
}
