package org.netnps.server.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameterised queries (prepared once per session) into rows of column name to value, times as ISO-8601 UTC text. */
public final class Rows {
  private Rows() {}

  public static List<Map<String, Object>> query(Session session, String sql, Object... params) throws SQLException {
    PreparedStatement p = session.prepared(sql);
    for (int i = 0; i < params.length; i++) {
      p.setObject(i + 1, params[i]);
    }
    try (ResultSet r = p.executeQuery()) {
      ResultSetMetaData m = r.getMetaData();
      List<Map<String, Object>> out = new ArrayList<>();
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= m.getColumnCount(); c++) {
          row.put(m.getColumnLabel(c), value(r.getObject(c)));
        }
        out.add(row);
      }
      return out;
    }
  }

  public static Map<String, Object> one(Session session, String sql, Object... params) throws SQLException {
    List<Map<String, Object>> rows = query(session, sql, params);
    return rows.isEmpty() ? null : rows.get(0);
  }

  static Object value(Object v) {
    if (v instanceof OffsetDateTime t) {
      return t.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }
    if (v instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof java.time.LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC).toString();
    }
    if (v instanceof java.time.LocalDate d) {
      return d.toString();
    }
    if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return null;
    }
    return v;
  }
}
