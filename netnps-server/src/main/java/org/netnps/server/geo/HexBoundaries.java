package org.netnps.server.geo;

import com.fasterxml.jackson.databind.util.RawValue;
import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** GeoJSON rings of H3 cells, (lon, lat) to 1e-6 degrees and closed, cached. */
public final class HexBoundaries {
  private final H3Core h3;
  private final Map<String, List<List<Double>>> rings = new ConcurrentHashMap<>();
  private final Map<String, RawValue> geometries = new ConcurrentHashMap<>();

  public HexBoundaries() {
    try {
      this.h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the H3 library", e);
    }
  }

  public H3Core h3() {
    return h3;
  }

  public List<List<Double>> ring(String gridId) {
    return rings.computeIfAbsent(gridId, g -> {
      List<List<Double>> ring = new ArrayList<>();
      for (LatLng p : h3.cellToBoundary(g)) {
        ring.add(List.of(round(p.lng), round(p.lat)));
      }
      ring.add(ring.get(0));
      return List.copyOf(ring);
    });
  }

  /**
   * A GeoJSON polygon feature of a grid with the given properties. The geometry is JSON text made
   * once per grid: writing its 14 numbers was the largest cost of a map answer (JFR).
   */
  public Map<String, Object> feature(String gridId, Map<String, Object> properties) {
    Map<String, Object> f = new java.util.LinkedHashMap<>();
    f.put("type", "Feature");
    f.put("id", gridId);
    f.put("geometry", geometry(gridId));
    f.put("properties", properties);
    return f;
  }

  /** The GeoJSON polygon of a grid as JSON text, made once. */
  public RawValue geometry(String gridId) {
    return geometries.computeIfAbsent(gridId, g -> {
      StringBuilder b = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
      List<List<Double>> ring = ring(g);
      for (int i = 0; i < ring.size(); i++) {
        b.append(i == 0 ? "[" : ",[").append(ring.get(i).get(0)).append(',').append(ring.get(i).get(1)).append(']');
      }
      return new RawValue(b.append("]]}").toString());
    });
  }

  private static double round(double deg) {
    return Math.round(deg * 1e6) / 1e6;
  }
}
