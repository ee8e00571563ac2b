package org.netnps.sim;

/**
 * A local east/north frame in metres around a city centre (equirectangular, accurate to well
 * under 1% over a city's 20 km).
 */
public record LocalFrame(double centreLat, double centreLon) {
  private static final double METRES_PER_DEGREE_LAT = 110_574;
  private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

  public double lat(double northM) {
    return centreLat + northM / METRES_PER_DEGREE_LAT;
  }

  public double lon(double eastM) {
    return centreLon + eastM / (METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(centreLat)));
  }

  public double north(double lat) {
    return (lat - centreLat) * METRES_PER_DEGREE_LAT;
  }

  public double east(double lon) {
    return (lon - centreLon) * METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(centreLat));
  }
}
