package org.netnps.server.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netnps.core.UserException;

/**
 * The analysis results in the store, as the API reads them. Every query is parameterised; the
 * only names put into SQL text are column names from fixed lists.
 */
public final class ResultsQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The tables `netnps analyze --db` writes that the server needs. */
  public static final List<String> REQUIRED = List.of("results_documents", "results_subscribers", "results_grids",
      "results_findings", "results_plan", "results_trend", "results_breakdowns");

  /** The metrics a grid map can be coloured by in any results. */
  public static final List<String> GRID_METRICS = List.of("expected_nps", "nps_impact", "poor_rate", "subscribers",
      "sessions", "expected_detractors", "rsrp_dbm", "sinr_db", "dl_kbps", "complaints");
  /** Grid columns added to the results later; a store written before them lacks them. */
  private static final List<String> LATER_GRID_METRICS = List.of("revenue");

  private static final String GRID_COLUMNS = "grid_id, lat, lon, subscribers, sessions, poor_sessions, "
      + "round(poor_sessions / greatest(sessions, 1), 4) AS poor_rate, expected_nps, nps_impact, expected_detractors, "
      + "rsrp_dbm, sinr_db, dl_kbps, dl_mb, complaints, serving_cell, poor_web, poor_video, poor_voice, poor_gaming, "
      + "poor_other";

  private final StorePool pool;
  private final boolean hasCells;
  private final boolean hasReasons;
  private final boolean hasDevices;
  private final List<String> gridMetrics;
  private final String gridColumns;

  public ResultsQueries(StorePool pool) throws Exception {
    this.pool = pool;
    Set<String> tables = names(pool, "SELECT table_name AS name FROM information_schema.tables");
    List<String> missing = REQUIRED.stream().filter(t -> !tables.contains(t)).toList();
    if (!missing.isEmpty()) {
      throw new UserException("the database has no analysis results (missing " + missing
          + "): run `netnps analyze DATASET --out RESULTS --db FILE` first");
    }
    this.hasCells = tables.contains("results_cells");
    this.hasReasons = tables.contains("results_reasons");
    this.hasDevices = tables.contains("results_devices");
    Set<String> columns = names(pool,
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'results_grids'");
    List<String> later = LATER_GRID_METRICS.stream().filter(columns::contains).toList();
    List<String> metrics = new ArrayList<>(GRID_METRICS);
    metrics.addAll(later);
    this.gridMetrics = List.copyOf(metrics);
    this.gridColumns = GRID_COLUMNS + later.stream().map(c -> ", " + c).reduce("", String::concat);
  }

  /** The {@code name} column of a catalogue query. */
  private static Set<String> names(StorePool pool, String sql) throws Exception {
    return pool.with(s -> {
      Set<String> out = new HashSet<>();
      for (Map<String, Object> r : Rows.query(s, sql)) {
        out.add((String) r.get("name"));
      }
      return out;
    });
  }

  /** The metrics this store's grid maps can be coloured by: {@link #GRID_METRICS} and the later ones it has. */
  public List<String> gridMetrics() {
    return gridMetrics;
  }

  /** summary.json as the store holds it, parsed; null when it holds none. */
  public JsonNode summary() throws Exception {
    String s = document("summary.json");
    return s == null ? null : JSON.readTree(s);
  }

  public String document(String name) throws Exception {
    Map<String, Object> r = pool.with(s -> Rows.one(s, "SELECT content FROM results_documents WHERE name = ?", name));
    return r == null ? null : (String) r.get("content");
  }

  public List<Map<String, Object>> trend() throws Exception {
    return pool.with(s -> Rows.query(s, "SELECT * FROM results_trend ORDER BY date"));
  }

  /** The device models of devices.csv (none in a store written before it). */
  public List<String> deviceModels() throws Exception {
    if (!hasDevices) {
      return List.of();
    }
    return pool.with(s -> Rows.query(s, "SELECT DISTINCT device_model FROM results_devices ORDER BY 1"))
        .stream().map(r -> (String) r.get("device_model")).toList();
  }

  /** One device model's users day by day, with their poor, call-loss and usage rates. */
  public List<Map<String, Object>> deviceDays(String model) throws Exception {
    return pool.with(s -> Rows.query(s, "SELECT date, subscribers, active_subscribers, expected_nps, "
        + "round(poor_sessions / greatest(sessions, 1), 4) AS poor_rate, "
        + "round(calls_lost / greatest(calls, 1), 4) AS call_loss_rate, "
        + "round(dl_mb / greatest(active_subscribers, 1), 1) AS mb_per_active_subscriber, complaints, revenue "
        + "FROM results_devices WHERE device_model = ? ORDER BY date", model));
  }

  public List<Map<String, Object>> breakdown(String dimension) throws Exception {
    return pool.with(s -> Rows.query(s, "SELECT key, subscribers, network_nps, network_nps_lo, network_nps_hi, "
        + "survey_responses, survey_nps FROM results_breakdowns WHERE dimension = ? ORDER BY network_nps", dimension));
  }

  public List<String> breakdownDimensions() throws Exception {
    return pool.with(s -> Rows.query(s, "SELECT DISTINCT dimension FROM results_breakdowns ORDER BY 1"))
        .stream().map(r -> (String) r.get("dimension")).toList();
  }

  /** Whole-period grid rows with at least {@code minSubscribers} each (an hour's map: {@link GridHourRows}). */
  public List<Map<String, Object>> grids(int minSubscribers) throws Exception {
    return pool.with(s -> Rows.query(s, "SELECT " + gridColumns + " FROM results_grids WHERE hour IS NULL "
        + "AND subscribers >= ? ORDER BY grid_id", minSubscribers));
  }

  /** Every grid-hour row, loaded once (see {@link GridHourRows}). */
  public GridHourRows gridHourRows() throws Exception {
    return pool.with(s -> GridHourRows.load(s, gridColumns, gridMetrics));
  }

  /** Every grid's detail, loaded once (see {@link GridDetails}). */
  public GridDetails gridDetails(GridHourRows hours) throws Exception {
    return pool.with(s -> GridDetails.load(s, "SELECT " + gridColumns + " FROM results_grids WHERE hour IS NULL",
        hasCells, hours));
  }

  public List<Map<String, Object>> cells() throws Exception {
    if (!hasCells) {
      return List.of();
    }
    return pool.with(s -> Rows.query(s, "SELECT * FROM results_cells ORDER BY cell_id"));
  }

  public Map<String, Object> cell(String cellId) throws Exception {
    if (!hasCells) {
      return null;
    }
    return pool.with(s -> Rows.one(s, "SELECT * FROM results_cells WHERE cell_id = ?", cellId));
  }

  public List<Map<String, Object>> findings(String cause, int limit) throws Exception {
    String order = " ORDER BY nps_impact DESC, finding_id LIMIT ?";
    return cause == null
        ? pool.with(s -> Rows.query(s, "SELECT * FROM results_findings" + order, limit))
        : pool.with(s -> Rows.query(s, "SELECT * FROM results_findings WHERE cause = ?" + order, cause, limit));
  }

  public Map<String, Object> finding(String id) throws Exception {
    return pool.with(s -> Rows.one(s, "SELECT * FROM results_findings WHERE finding_id = ?", id));
  }

  public List<Map<String, Object>> findingsOnCell(String cellId) throws Exception {
    return pool.with(s -> Rows.query(s, "SELECT * FROM results_findings WHERE cell_id = ? ORDER BY nps_impact DESC",
        cellId));
  }

  public List<Map<String, Object>> plan() throws Exception {
    return pool.with(s -> Rows.query(s, "SELECT * FROM results_plan ORDER BY priority"));
  }

  /** Subscribers with the highest P(detractor) first, optionally of one predicted class. */
  public List<Map<String, Object>> subscribers(String predictedClass, int limit, int offset) throws Exception {
    String select = "SELECT subscriber_id, p_detractor, p_passive, p_promoter, predicted_class, top_reason "
        + "FROM results_subscribers";
    String order = " ORDER BY p_detractor DESC, subscriber_id LIMIT ? OFFSET ?";
    return predictedClass == null
        ? pool.with(s -> Rows.query(s, select + order, limit, offset))
        : pool.with(s -> Rows.query(s, select + " WHERE predicted_class = ?" + order, predictedClass, limit, offset));
  }

  public long subscriberCount(String predictedClass) throws Exception {
    return predictedClass == null
        ? pool.with(s -> count(Rows.one(s, "SELECT count(*) AS n FROM results_subscribers")))
        : pool.with(s -> count(Rows.one(s, "SELECT count(*) AS n FROM results_subscribers WHERE predicted_class = ?",
            predictedClass)));
  }

  /** A subscriber's row with its reasons (rank order), or null when there is no such subscriber. */
  public Map<String, Object> subscriberDetail(String subscriberId) throws Exception {
    return pool.with(s -> {
      Map<String, Object> row = Rows.one(s, "SELECT subscriber_id, p_detractor, p_passive, p_promoter, "
          + "predicted_class, top_reason FROM results_subscribers WHERE subscriber_id = ?", subscriberId);
      if (row != null) {
        row.put("reasons", !hasReasons ? List.of() : Rows.query(s, "SELECT rank, feature, contribution, reason "
            + "FROM results_reasons WHERE subscriber_id = ? ORDER BY rank", subscriberId));
      }
      return row;
    });
  }

  private static long count(Map<String, Object> row) {
    return ((Number) row.get("n")).longValue();
  }

  /** Every subscriber identifier, to build the pseudonym index. */
  public List<String> subscriberIds() throws Exception {
    return pool.with(s -> {
      List<String> ids = new ArrayList<>();
      try (var st = s.store().connection().createStatement();
          var r = st.executeQuery("SELECT subscriber_id FROM results_subscribers")) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      } catch (SQLException e) {
        throw new UserException("cannot read subscribers: " + e.getMessage(), e);
      }
      return ids;
    });
  }
}
