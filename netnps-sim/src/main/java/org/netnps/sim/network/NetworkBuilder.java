package org.netnps.sim.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.Seeds;

/**
 * Lays out a city's sites and cells: a hexagonal grid at the dense-urban inter-site distance,
 * thinned to each zone's distance (site density falls as 1/ISD^2 away from the centre), jittered
 * by 15% of the ISD, three sectors per site, LTE 1800 on every site and NR 3500 on most urban
 * ones. Downtilts point the upper half-power beam edge near the cell edge.
 */
public final class NetworkBuilder {
  private NetworkBuilder() {}

  public static Network build(LocalFrame frame, double radiusM, double nrSiteShare, long seed) {
    SplittableRandom rng = Seeds.stream(seed, Seeds.NETWORK);
    double spacing = Zone.DENSE_URBAN.interSiteDistanceM;
    List<Site> sites = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    int rows = (int) Math.ceil(radiusM / (spacing * Math.sqrt(3) / 2));
    for (int j = -rows; j <= rows; j++) {
      int cols = (int) Math.ceil(radiusM / spacing) + 1;
      for (int i = -cols; i <= cols; i++) {
        double x = (i + (Math.floorMod(j, 2) == 1 ? 0.5 : 0)) * spacing;
        double y = j * spacing * Math.sqrt(3) / 2;
        double r = Math.hypot(x, y);
        Zone zone = Zone.at(r, radiusM);
        double keep = square(spacing / zone.interSiteDistanceM);
        double u = rng.nextDouble();
        double jx = rng.nextGaussian();
        double jy = rng.nextGaussian();
        if (r > radiusM || u >= keep) {
          continue;
        }
        double isd = zone.interSiteDistanceM;
        x += 0.15 * isd * jx;
        y += 0.15 * isd * jy;
        int index = sites.size();
        Site site = new Site(index, String.format("S%04d", index + 1), x, y,
            Math.max(15, zone.siteHeightM + 3 * rng.nextGaussian()), zone, region(x, y, radiusM));
        sites.add(site);
        boolean nr = Math.hypot(x, y) < 0.7 * radiusM && rng.nextDouble() < nrSiteShare;
        double firstAzimuth = rng.nextDouble() * 120;
        double designTilt = designDowntilt(site.heightM(), isd);
        for (Layer layer : nr ? List.of(Layer.LTE_1800, Layer.NR_3500) : List.of(Layer.LTE_1800)) {
          for (int sector = 0; sector < 3; sector++) {
            double elec = Math.max(0, designTilt - 2 + 0.5 * rng.nextGaussian());
            String id = site.id() + (layer.rat.name().charAt(0)) + (sector + 1);
            int pci = (index * 3 + sector) % (layer == Layer.LTE_1800 ? 504 : 1008);
            cells.add(new Cell(cells.size(), id, site, layer, sector, pci,
                (firstAzimuth + 120 * sector) % 360, 2, round1(elec), layer.txPowerDbm));
          }
        }
      }
    }
    return new Network(frame, radiusM, sites, cells);
  }

  /**
   * A downtilt (deg) that aims the upper half-power edge of a 10 deg vertical beam at about 0.6
   * ISD: atan(h / 0.6 ISD) + 3 deg.
   */
  public static double designDowntilt(double heightM, double isdM) {
    return Math.toDegrees(Math.atan(heightM / (0.6 * isdM))) + 3;
  }

  public static String region(double x, double y, double radiusM) {
    if (Math.hypot(x, y) < 0.3 * radiusM) {
      return "Central";
    }
    double bearing = (Math.toDegrees(Math.atan2(x, y)) + 360) % 360;
    return bearing < 45 || bearing >= 315 ? "North" : bearing < 135 ? "East" : bearing < 225 ? "South" : "West";
  }

  private static double square(double x) {
    return x * x;
  }

  private static double round1(double x) {
    return Math.round(x * 10) / 10.0;
  }
}
