package org.netnps.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.server.geo.HexBoundaries;
import org.netnps.server.query.GridDetails;
import org.netnps.server.query.GridHourRows;
import org.netnps.server.query.ResultsQueries;

/** The H3 grids as GeoJSON polygons with their metrics, a grid's detail, and the cells. */
public final class GridApi {
  private final ResultsQueries results;
  private final HexBoundaries hexes = new HexBoundaries();
  private final GridDetails details;
  private final GridHourRows hourRows;
  private final int minSubscribers;

  public GridApi(ResultsQueries results, int minSubscribers) throws Exception {
    this.results = results;
    this.hourRows = results.gridHourRows();
    this.details = results.gridDetails(hourRows);
    this.minSubscribers = minSubscribers;
  }

  /** GET /api/v1/grids?hour=ISO&metric=expected_nps&min_subscribers=N: a GeoJSON FeatureCollection. */
  public Object grids(Context ctx) throws Exception {
    Instant hour = Params.instant(ctx, "hour");
    String metric = Params.oneOf(ctx, "metric", "expected_nps", results.gridMetrics());
    int min = Params.intParam(ctx, "min_subscribers", minSubscribers, minSubscribers, 1_000_000);
    Object features;
    if (hour == null) {
      List<Map<String, Object>> whole = new ArrayList<>();
      for (Map<String, Object> row : results.grids(min)) {
        Map<String, Object> p = new LinkedHashMap<>(row);
        p.put("value", row.get(metric));
        whole.add(hexes.feature((String) row.get("grid_id"), p));
      }
      features = whole;
    } else {
      features = hourRows.features(hour, metric, min, g -> hexes.geometry(g).rawValue().toString());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "FeatureCollection");
    out.put("metric", metric);
    out.put("metrics", results.gridMetrics());
    out.put("hour", hour == null ? null : hour.toString());
    out.put("min_subscribers", min);
    out.put("features", features);
    return out;
  }

  /** GET /api/v1/grids/hours */
  public Object hours(Context ctx) throws Exception {
    return Map.of("hours", hourRows.hours());
  }

  /** GET /api/v1/grids/{grid_id}: the whole period, each hour, the serving cells and the findings there. */
  public Object grid(Context ctx) throws Exception {
    String id = Params.h3(ctx, hexes.h3(), "grid_id");
    Map<String, Object> out = details.detail(id);
    if (out == null) {
      throw new NotFound("no grid " + id + " in the results");
    }
    if (((Number) out.get("subscribers")).intValue() < minSubscribers) {
      throw new NotFound("grid " + id + " has fewer than " + minSubscribers + " subscribers and is not shown");
    }
    out.put("boundary", hexes.ring(id));
    return out;
  }

  /** GET /api/v1/cells: the cells as GeoJSON points. */
  public Object cells(Context ctx) throws Exception {
    List<Map<String, Object>> features = new ArrayList<>();
    for (Map<String, Object> c : results.cells()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("type", "Feature");
      f.put("id", c.get("cell_id"));
      f.put("geometry", JsonObjects.of("type", "Point", "coordinates", List.of(c.get("lon"), c.get("lat"))));
      f.put("properties", c);
      features.add(f);
    }
    return JsonObjects.of("type", "FeatureCollection", "features", features);
  }

  /** GET /api/v1/cells/{cell_id}: a cell's configuration and its findings. */
  public Object cell(Context ctx) throws Exception {
    String id = Params.id(ctx, "cell_id");
    Map<String, Object> c = results.cell(id);
    if (c == null) {
      throw new NotFound("no cell " + id + " in the store");
    }
    Map<String, Object> out = new LinkedHashMap<>(c);
    out.put("findings", results.findingsOnCell(id));
    return out;
  }
}
