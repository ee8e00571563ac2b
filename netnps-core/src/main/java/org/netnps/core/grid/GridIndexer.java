package org.netnps.core.grid;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * H3 cells of session positions at one resolution, exactly, with few calls into H3 (about a
 * microsecond each through JNI). H3 cells are the hexagons of a regular lattice on a face's
 * gnomonic plane (a position belongs to the nearest centre), and over a tile of a few cells that
 * plane is an affine image of latitude and longitude. So each tile learns, from the centres of
 * one H3 cell and its six neighbours, the affine map from a position to lattice coordinates; a
 * position is rounded to its hexagon there, and the hexagon's H3 index is cached per tile. A
 * position within {@link #MARGIN} of a hexagon edge, a tile the affine map does not fit (a face
 * edge, a pentagon, the antimeridian) and a cached index whose centre disagrees with the lattice
 * are all left to H3 itself. Not thread-safe: one per thread. See docs/decisions/0010.
 */
public final class GridIndexer {
  /** Distance from a hexagon edge, in centre spacings, inside which H3 decides (about 1 m at resolution 9). */
  static final double MARGIN = 0.003;
  /**
   * Largest misfit of the affine map at a known centre, in centre spacings, for a tile to be used
   * (measured: at most 0.0005 at resolution 9 up to 70 degrees of latitude).
   */
  static final double FIT_TOLERANCE = 0.001;
  private static final double SIN60 = Math.sqrt(3) / 2;
  private static final int[][] RING = {{1, 0}, {0, 1}, {-1, 1}, {-1, 0}, {0, -1}, {1, -1}};
  private final H3Core h3;
  private final int resolution;
  private final double tileDeg;
  private final double tilesPerDeg;
  private final LongLongMap tileIndex = new LongLongMap();
  private final LongLongMap cells = new LongLongMap();
  private double[] tiles = new double[3 * 64];   // per tile: origin lat, origin lon, cos(origin lat)
  private double[] maps = new double[4 * 64];    // per tile: the affine map to lattice coordinates, row by row
  private boolean[] exact = new boolean[64];
  private int tileCount;
  private long h3Calls;

  public GridIndexer(int resolution) {
    if (resolution < 0 || resolution > 15) {
      throw new IllegalArgumentException("grid_resolution must be in [0, 15], but was: " + resolution);
    }
    this.resolution = resolution;
    this.tileDeg = 0.01 * Math.pow(Math.sqrt(7), 9 - resolution);
    this.tilesPerDeg = 1 / tileDeg;
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
    int t = tile(lat, lon);
    if (exact[t]) {
      return exactCell(lat, lon);
    }
    double x = (lon - tiles[3 * t + 1]) * tiles[3 * t + 2];
    double y = lat - tiles[3 * t];
    double q = maps[4 * t] * x + maps[4 * t + 1] * y;
    double r = maps[4 * t + 2] * x + maps[4 * t + 3] * y;
    long rounded = round(q, r);
    int qi = (int) (rounded >> 32);
    int ri = (int) rounded;
    if (margin(q - qi, r - ri) < MARGIN) {
      return exactCell(lat, lon);
    }
    long key = ((long) t << 32) | ((qi & 0xffffL) << 16) | (ri & 0xffffL);
    long cell = cells.get(key);
    if (cell == LongLongMap.ABSENT) {
      cell = exactCell(lat, lon);
      if (misfit(t, cell, qi, ri) > FIT_TOLERANCE) {
        exact[t] = true;
      }
      cells.put(key, cell);
    }
    return cell;
  }

  public int resolution() {
    return resolution;
  }

  /** Calls made into H3 so far (for the benchmark's account of where time goes). */
  public long h3Calls() {
    return h3Calls;
  }

  /** The hexadecimal H3 index, as the data contract writes grid_id. */
  public String address(long cell) {
    return h3.h3ToString(cell);
  }

  /** The centre of a cell given by its hexadecimal index: {lat, lon}. */
  public double[] centre(String address) {
    return centre(h3.stringToH3(address));
  }

  /** The centre of a cell: {lat, lon}. */
  public double[] centre(long cell) {
    var c = h3.cellToLatLng(cell);
    return new double[] {c.lat, c.lng};
  }

  private long exactCell(double lat, double lon) {
    h3Calls++;
    return h3.latLngToCell(lat, lon, resolution);
  }

  /** The tile of a position, fitted on first use. */
  private int tile(double lat, double lon) {
    long row = (long) Math.floor(lat * tilesPerDeg);
    long column = (long) Math.floor(lon * tilesPerDeg);
    long key = (row << 32) ^ (column & 0xffffffffL);
    long t = tileIndex.get(key);
    if (t == LongLongMap.ABSENT) {
      t = fit((row + 0.5) * tileDeg, (column + 0.5) * tileDeg);
      tileIndex.put(key, t);
    }
    return (int) t;
  }

  /**
   * Fits the affine map of the tile centred on (lat, lon): the centre's H3 cell is the lattice
   * origin and its six neighbours, in angular order, the six unit steps.
   */
  private int fit(double lat, double lon) {
    int t = grow();
    long origin = exactCell(lat, lon);
    LatLng o = h3.cellToLatLng(origin);
    tiles[3 * t] = o.lat;
    tiles[3 * t + 1] = o.lng;
    tiles[3 * t + 2] = Math.cos(Math.toRadians(o.lat));
    List<Long> disk = h3.gridDisk(origin, 1);
    if (h3.isPentagon(origin) || disk.size() != 7 || !onOneFace(origin, lat, lon)) {
      exact[t] = true;
      return t;
    }
    double[][] step = new double[6][];
    int n = 0;
    for (long c : disk) {
      if (c != origin) {
        LatLng p = h3.cellToLatLng(c);
        step[n++] = new double[] {(p.lng - o.lng) * tiles[3 * t + 2], p.lat - o.lat};
      }
    }
    Arrays.sort(step, Comparator.comparingDouble(s -> Math.atan2(s[1], s[0])));
    // least squares of lattice = M position over the six steps: M = (sum a x^T) (sum x x^T)^-1
    double sxx = 0, sxy = 0, syy = 0, qx = 0, qy = 0, rx = 0, ry = 0;
    for (int k = 0; k < 6; k++) {
      double x = step[k][0];
      double y = step[k][1];
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
      qx += RING[k][0] * x;
      qy += RING[k][0] * y;
      rx += RING[k][1] * x;
      ry += RING[k][1] * y;
    }
    double det = sxx * syy - sxy * sxy;
    maps[4 * t] = (qx * syy - qy * sxy) / det;
    maps[4 * t + 1] = (qy * sxx - qx * sxy) / det;
    maps[4 * t + 2] = (rx * syy - ry * sxy) / det;
    maps[4 * t + 3] = (ry * sxx - rx * sxy) / det;
    for (int k = 0; k < 6; k++) {
      double q = maps[4 * t] * step[k][0] + maps[4 * t + 1] * step[k][1];
      double r = maps[4 * t + 2] * step[k][0] + maps[4 * t + 3] * step[k][1];
      if (!(distance(q - RING[k][0], r - RING[k][1]) <= FIT_TOLERANCE)) {
        exact[t] = true;
      }
    }
    return t;
  }

  /**
   * Whether the tile centred on (lat, lon) lies on one icosahedron face: the cells at its origin
   * and four corners each lie on one face, the same one (a face edge is straight at this scale, so
   * it cannot cross the tile without separating its corners). Across an edge the lattice jumps.
   */
  private boolean onOneFace(long origin, double lat, double lon) {
    var faces = h3.getIcosahedronFaces(origin);
    if (faces.size() != 1) {
      return false;
    }
    for (int corner = 0; corner < 4; corner++) {
      long c = exactCell(lat + ((corner & 1) - 0.5) * tileDeg, lon + ((corner >> 1) - 0.5) * tileDeg);
      var cornerFaces = h3.getIcosahedronFaces(c);
      if (cornerFaces.size() != 1 || !cornerFaces.containsAll(faces)) {
        return false;
      }
    }
    return true;
  }

  /** How far, in centre spacings, a cell's H3 centre lies from lattice point (qi, ri) of tile t. */
  private double misfit(int t, long cell, int qi, int ri) {
    LatLng c = h3.cellToLatLng(cell);
    double x = (c.lng - tiles[3 * t + 1]) * tiles[3 * t + 2];
    double y = c.lat - tiles[3 * t];
    double q = maps[4 * t] * x + maps[4 * t + 1] * y;
    double r = maps[4 * t + 2] * x + maps[4 * t + 3] * y;
    return distance(q - qi, r - ri);
  }

  private int grow() {
    if (tileCount == exact.length) {
      tiles = Arrays.copyOf(tiles, tiles.length * 2);
      maps = Arrays.copyOf(maps, maps.length * 2);
      exact = Arrays.copyOf(exact, exact.length * 2);
    }
    return tileCount++;
  }

  /** The nearest lattice point of axial coordinates (q, r), packed as q << 32 | r. */
  static long round(double q, double r) {
    double s = -q - r;
    long rq = (long) Math.floor(q + 0.5);   // measured faster than Math.round here (decision 0013, decision 7)
    long rr = (long) Math.floor(r + 0.5);
    long rs = (long) Math.floor(s + 0.5);
    double dq = Math.abs(rq - q);
    double dr = Math.abs(rr - r);
    double ds = Math.abs(rs - s);
    if (dq > dr && dq > ds) {
      rq = -rr - rs;
    } else if (dr > ds) {
      rr = -rq - rs;
    }
    return (rq << 32) | (rr & 0xffffffffL);
  }

  /** Distance from the hexagon's edge of an offset (dq, dr) from its centre; negative outside. */
  static double margin(double dq, double dr) {
    double x = dq + dr / 2;
    double y = dr * SIN60;
    double a = Math.abs(x);
    double b = Math.abs(x / 2 + y * SIN60);
    double c = Math.abs(-x / 2 + y * SIN60);
    return 0.5 - Math.max(a, Math.max(b, c));
  }

  /** Length, in centre spacings, of an axial offset. */
  static double distance(double dq, double dr) {
    double x = dq + dr / 2;
    double y = dr * SIN60;
    return Math.sqrt(x * x + y * y);
  }
}
