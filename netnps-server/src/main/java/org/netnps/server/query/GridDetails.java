package org.netnps.server.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every grid's detail, read from the store once at start in two passes over results_grids: the
 * hourly rows as JSON text per grid, the hours each cell served it, and the findings and cells by
 * id. A grid's detail then needs no query. Measured reason: under 50 concurrent clients the
 * detail's four queries made it the slowest route (docs/benchmarks.md). The results do not change
 * while the server holds the database, so the copy stays right.
 */
public final class GridDetails {
  private static final String HOURLY = "SELECT grid_id, hour, subscribers, sessions, poor_sessions, poor_web, "
      + "poor_video, poor_voice, poor_gaming, poor_other, expected_nps, nps_impact, rsrp_dbm, sinr_db, dl_kbps, "
      + "complaints, serving_cell FROM results_grids WHERE hour IS NOT NULL ORDER BY grid_id, hour";

  private record Grid(Map<String, Object> whole, RawValue hours, Map<String, Integer> servingHours) {}

  private final Map<String, Grid> grids = new HashMap<>();
  private final Map<String, Map<String, Object>> cells = new HashMap<>();
  private final List<Map<String, Object>> findings;

  private GridDetails(List<Map<String, Object>> findings) {
    this.findings = findings;
  }

  static GridDetails load(Session s, String wholeSql, boolean hasCells) throws Exception {
    GridDetails d = new GridDetails(Rows.query(s, "SELECT * FROM results_findings ORDER BY nps_impact DESC, finding_id"));
    if (hasCells) {
      for (Map<String, Object> c : Rows.query(s, "SELECT * FROM results_cells")) {
        d.cells.put((String) c.get("cell_id"), c);
      }
    }
    Map<String, Map<String, Object>> whole = new HashMap<>();
    for (Map<String, Object> g : Rows.query(s, wholeSql)) {
      whole.put((String) g.get("grid_id"), g);
    }
    JsonFactory json = new JsonFactory();
    try (Statement st = s.store().connection().createStatement(); ResultSet r = st.executeQuery(HOURLY)) {
      ResultSetMetaData m = r.getMetaData();
      String current = null;
      StringWriter text = null;
      JsonGenerator out = null;
      Map<String, Integer> serving = null;
      while (r.next()) {
        String grid = r.getString(1);
        if (!grid.equals(current)) {
          d.finish(current, whole, text, out, serving);
          current = grid;
          text = new StringWriter();
          out = json.createGenerator(text);
          out.writeStartArray();
          serving = new HashMap<>();
        }
        out.writeStartObject();
        for (int c = 2; c <= m.getColumnCount(); c++) {
          out.writeFieldName(m.getColumnLabel(c));
          write(out, Rows.value(r.getObject(c)));
        }
        out.writeEndObject();
        String cell = r.getString(m.getColumnCount());
        if (cell != null) {
          serving.merge(cell, 1, Integer::sum);
        }
      }
      d.finish(current, whole, text, out, serving);
    }
    for (Map.Entry<String, Map<String, Object>> g : whole.entrySet()) {
      d.grids.putIfAbsent(g.getKey(), new Grid(g.getValue(), new RawValue("[]"), Map.of()));
    }
    return d;
  }

  private void finish(String grid, Map<String, Map<String, Object>> whole, StringWriter text, JsonGenerator out,
      Map<String, Integer> serving) throws IOException {
    if (grid == null) {
      return;
    }
    out.writeEndArray();
    out.close();
    if (whole.containsKey(grid)) {
      grids.put(grid, new Grid(whole.get(grid), new RawValue(text.toString()), Map.copyOf(serving)));
    }
  }

  static void write(JsonGenerator out, Object v) throws IOException {
    if (v == null) {
      out.writeNull();
    } else if (v instanceof Double x) {
      out.writeNumber(x);
    } else if (v instanceof Long x) {
      out.writeNumber(x);
    } else if (v instanceof Integer x) {
      out.writeNumber(x);
    } else if (v instanceof Number x) {
      out.writeNumber(x.doubleValue());
    } else {
      out.writeString(v.toString());
    }
  }

  /** A grid's detail without its boundary, or null when the results have no such grid. */
  public Map<String, Object> detail(String gridId) {
    Grid g = grids.get(gridId);
    if (g == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(g.whole());
    out.put("hours", g.hours());
    List<Map<String, Object>> served = new ArrayList<>();
    g.servingHours().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          Map<String, Object> c = new LinkedHashMap<>(cells.getOrDefault(e.getKey(), Map.of("cell_id", e.getKey())));
          c.put("hours", e.getValue());
          served.add(c);
        });
    out.put("cells", served);
    out.put("findings", findings.stream().filter(f -> gridId.equals(f.get("grid_id"))
        || f.get("cell_id") != null && g.servingHours().containsKey((String) f.get("cell_id"))).toList());
    return out;
  }
}
