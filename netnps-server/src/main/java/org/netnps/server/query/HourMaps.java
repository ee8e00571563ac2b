package org.netnps.server.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.RawValue;
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
 * The map of every hour, read from the store once at start: per grid-hour row its properties as
 * JSON text, its subscribers and the values a map can be coloured by. An hour's map is then put
 * together from text, like pre-rendered tiles, with no query and no number formatting: under 50
 * concurrent clients the query-per-hour maps were the one route over the p99 goal on the 100k
 * city (docs/benchmarks.md). About 100 MB for that city's 239k grid-hour rows.
 */
public final class HourMaps {
  private record Row(String gridId, int subscribers, String properties, double[] metrics) {}

  private final Map<Instant, List<Row>> byHour = new HashMap<>();
  private final List<String> metrics;

  private HourMaps(List<String> metrics) {
    this.metrics = metrics;
  }

  static HourMaps load(Session s, String columns, List<String> metrics) throws Exception {
    HourMaps maps = new HourMaps(metrics);
    JsonFactory json = new JsonFactory();
    Map<String, String> ids = new HashMap<>();
    String sql = "SELECT hour, " + columns + " FROM results_grids WHERE hour IS NOT NULL ORDER BY hour, grid_id";
    try (Statement st = s.store().connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      ResultSetMetaData m = r.getMetaData();
      int[] metricColumn = new int[metrics.size()];
      for (int c = 2; c <= m.getColumnCount(); c++) {
        int k = metrics.indexOf(m.getColumnLabel(c));
        if (k >= 0) {
          metricColumn[k] = c;
        }
      }
      Instant hour = null;
      List<Row> rows = null;
      while (r.next()) {
        Instant h = Instant.parse((String) Rows.value(r.getObject(1)));
        if (!h.equals(hour)) {
          hour = h;
          rows = new ArrayList<>();
          maps.byHour.put(h, rows);
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator out = json.createGenerator(text)) {
          out.writeStartObject();
          for (int c = 2; c <= m.getColumnCount(); c++) {
            out.writeFieldName(m.getColumnLabel(c));
            GridDetails.write(out, Rows.value(r.getObject(c)));
          }
          out.writeEndObject();
        }
        double[] values = new double[metrics.size()];
        for (int k = 0; k < values.length; k++) {
          Object v = Rows.value(r.getObject(metricColumn[k]));
          values[k] = v instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        String props = text.toString();
        rows.add(new Row(ids.computeIfAbsent(r.getString("grid_id"), Function.identity()), r.getInt("subscribers"),
            props.substring(1, props.length() - 1), values));
      }
    }
    return maps;
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

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
