package org.netnps.core.grid;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * H3 cells of session positions at one resolution, exactly, with few calls into H3 (about a
 * microsecond each through JNI). Positions fall into squares of {@link #SQUARE_DEG} degrees; a
 * square whose four corners lie in one H3 cell lies wholly inside it (cells are convex at this
 * scale), so every position in it gets that cell from a cache; only positions in squares that a
 * cell edge crosses are indexed one by one. Not thread-safe: one per thread.
 */
public final class GridIndexer {
  /** Side of the cached squares in degrees (about 22 m): small against a resolution-9 cell (174 m edge). */
  public static final double SQUARE_DEG = 2e-4;
  private static final long MIXED = -1;
  private final H3Core h3;
  private final int resolution;
  private final LongLongMap corners = new LongLongMap();
  private final LongLongMap squares = new LongLongMap();
  private long h3Calls;

  public GridIndexer(int resolution) {
    if (resolution < 0 || resolution > 15) {
      throw new IllegalArgumentException("grid_resolution must be in [0, 15], but was: " + resolution);
    }
    this.resolution = resolution;
    try {
      this.h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the H3 native library", e);
    }
  }

  /** The H3 cell of a position, or 0 when it is missing. */
  public long cell(double lat, double lon) {
    if (Double.isNaN(lat) || Double.isNaN(lon)) {
      return 0;
    }
    long qLat = (long) Math.floor(lat / SQUARE_DEG);
    long qLon = (long) Math.floor(lon / SQUARE_DEG);
    long key = key(qLat, qLon);
    long cell = squares.get(key);
    if (cell == LongLongMap.ABSENT) {
      long c = corner(qLat, qLon);
      boolean same = c == corner(qLat + 1, qLon) && c == corner(qLat, qLon + 1) && c == corner(qLat + 1, qLon + 1);
      cell = same ? c : MIXED;
      squares.put(key, cell);
    }
    if (cell != MIXED) {
      return cell;
    }
    h3Calls++;
    return h3.latLngToCell(lat, lon, resolution);
  }

  /** Calls made into H3 so far (for the benchmark's account of where time goes). */
  public long h3Calls() {
    return h3Calls;
  }

  /** The hexadecimal H3 index, as the data contract writes grid_id. */
  public String address(long cell) {
    return h3.h3ToString(cell);
  }

  /** The centre of a cell: {lat, lon}. */
  public double[] centre(long cell) {
    var c = h3.cellToLatLng(cell);
    return new double[] {c.lat, c.lng};
  }

  private long corner(long qLat, long qLon) {
    long key = key(qLat, qLon);
    long cell = corners.get(key);
    if (cell == LongLongMap.ABSENT) {
      h3Calls++;
      cell = h3.latLngToCell(qLat * SQUARE_DEG, qLon * SQUARE_DEG, resolution);
      corners.put(key, cell);
    }
    return cell;
  }

  private static long key(long qLat, long qLon) {
    return (qLat << 32) ^ (qLon & 0xffffffffL);
  }
}
