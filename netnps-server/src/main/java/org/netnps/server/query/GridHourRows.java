package org.netnps.server.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every grid-hour row of the results, read from the store once at start in one pass: its
 * properties as JSON text, its subscribers, serving cell and the values a map can be coloured by,
 * indexed by hour (an hour's map) and by grid (a grid's hours). Both answers are then put
 * together from text, with no query and no number formatting: under 50 concurrent clients the
 * query-per-request maps and details were the routes over the p99 goal on the 100k city
 * (docs/benchmarks.md). The server's resident memory on that city (239k rows) went from 542 MB to
 * 1.07 GB when hour maps were first held in memory.
 */
public final class GridHourRows {
  private record Row(String gridId, String hour, int subscribers, String servingCell, String properties,
      double[] metrics) {}

  private final Map<Instant, List<Row>> byHour = new HashMap<>();
  private final Map<String, List<Row>> byGrid = new HashMap<>();
  private final List<String> metrics;

  private GridHourRows(List<String> metrics) {
    this.metrics = metrics;
  }

  static GridHourRows load(Session s, String columns, List<String> metrics) throws Exception {
    GridHourRows rows = new GridHourRows(metrics);
    JsonFactory json = new JsonFactory();
    Map<String, String> names = new HashMap<>();   // one String per grid and cell id
    String sql = "SELECT hour, " + columns + " FROM results_grids WHERE hour IS NOT NULL ORDER BY grid_id, hour";
    try (Statement st = s.store().connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      ResultSetMetaData m = r.getMetaData();
      int[] metricColumn = new int[metrics.size()];
      for (int c = 2; c <= m.getColumnCount(); c++) {
        int k = metrics.indexOf(m.getColumnLabel(c));
        if (k >= 0) {
          metricColumn[k] = c;
        }
      }
      while (r.next()) {
        String hour = (String) Rows.value(r.getObject(1));
        StringWriter text = new StringWriter();
        try (JsonGenerator out = json.createGenerator(text)) {
          out.writeStartObject();
          for (int c = 2; c <= m.getColumnCount(); c++) {
            out.writeFieldName(m.getColumnLabel(c));
            write(out, Rows.value(r.getObject(c)));
          }
          out.writeEndObject();
        }
        double[] values = new double[metrics.size()];
        for (int k = 0; k < values.length; k++) {
          Object v = Rows.value(r.getObject(metricColumn[k]));
          values[k] = v instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        String props = text.toString();
        String cell = r.getString("serving_cell");
        Row row = new Row(names.computeIfAbsent(r.getString("grid_id"), Function.identity()), hour,
            r.getInt("subscribers"), cell == null ? null : names.computeIfAbsent(cell, Function.identity()),
            props.substring(1, props.length() - 1), values);
        rows.byHour.computeIfAbsent(Instant.parse(hour), h -> new ArrayList<>()).add(row);   // grid order
        rows.byGrid.computeIfAbsent(row.gridId(), g -> new ArrayList<>()).add(row);          // hour order
      }
    }
    return rows;
  }

  /**
   * The GeoJSON features of an hour's grids with at least {@code minSubscribers}, properties.value
   * set to {@code metric}; empty for an hour without rows.
   */
  public RawValue features(Instant hour, String metric, int minSubscribers, Function<String, String> geometry) {
    int k = metrics.indexOf(metric);
    StringBuilder b = new StringBuilder("[");
    for (Row row : byHour.getOrDefault(hour, List.of())) {
      if (row.subscribers() < minSubscribers) {
        continue;
      }
      double v = row.metrics()[k];
      b.append(b.length() == 1 ? "" : ",").append("{\"type\":\"Feature\",\"id\":\"").append(row.gridId())
          .append("\",\"geometry\":").append(geometry.apply(row.gridId())).append(",\"properties\":{")
          .append(row.properties()).append(",\"value\":").append(Double.isNaN(v) ? "null" : number(v)).append("}}");
    }
    return new RawValue(b.append(']').toString());
  }

  /** The hours that have grid rows, oldest first, as ISO-8601 UTC text. */
  public List<String> hours() {
    return byHour.keySet().stream().sorted().map(Instant::toString).toList();
  }

  /** A grid's hourly rows, oldest first, each its hour and properties. */
  public RawValue hoursOf(String gridId) {
    StringBuilder b = new StringBuilder("[");
    for (Row row : byGrid.getOrDefault(gridId, List.of())) {
      b.append(b.length() == 1 ? "" : ",").append("{\"hour\":\"").append(row.hour()).append("\",")
          .append(row.properties()).append('}');
    }
    return new RawValue(b.append(']').toString());
  }

  /** The hours each cell was a grid's main serving cell. */
  public Map<String, Integer> servingHours(String gridId) {
    Map<String, Integer> hours = new HashMap<>();
    for (Row row : byGrid.getOrDefault(gridId, List.of())) {
      if (row.servingCell() != null) {
        hours.merge(row.servingCell(), 1, Integer::sum);
      }
    }
    return hours;
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

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
