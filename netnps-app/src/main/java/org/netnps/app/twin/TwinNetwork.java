package org.netnps.app.twin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.domain.Rat;
import org.netnps.io.scan.CellInfo;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.Site;
import org.netnps.sim.network.Zone;

/**
 * The operator's network as SRCON models it, from the configuration snapshot (cells.csv): sites at
 * the mean position of their cells, each cell with its own azimuth, tilts, transmit power and
 * carriers. SRCON knows two layers, LTE 1800 and NR 3500: a cell takes the layer of its RAT (a
 * dataset's other bands are modelled as these; docs/twin.md). An omni cell (no azimuth) is given
 * azimuth 0. The city's radius reaches half a site spacing beyond the outermost site.
 */
final class TwinNetwork {
  private TwinNetwork() {}

  /** The frame centred on the cells' mean position. */
  static LocalFrame frame(List<CellInfo> cells) {
    double lat = 0;
    double lon = 0;
    for (CellInfo c : cells) {
      lat += c.lat();
      lon += c.lon();
    }
    return new LocalFrame(lat / cells.size(), lon / cells.size());
  }

  static Network build(List<CellInfo> cells, LocalFrame frame) {
    Map<String, List<CellInfo>> bySite = new LinkedHashMap<>();
    for (CellInfo c : cells) {
      bySite.computeIfAbsent(c.siteId(), k -> new ArrayList<>()).add(c);
    }
    List<double[]> positions = new ArrayList<>();
    for (List<CellInfo> group : bySite.values()) {
      double x = 0;
      double y = 0;
      for (CellInfo c : group) {
        x += frame.east(c.lon());
        y += frame.north(c.lat());
      }
      positions.add(new double[] {x / group.size(), y / group.size()});
    }
    double radius = radius(positions);
    List<Site> sites = new ArrayList<>();
    List<Cell> out = new ArrayList<>();
    int s = 0;
    for (List<CellInfo> group : bySite.values()) {
      double[] p = positions.get(s);
      CellInfo first = group.get(0);
      double height = meanHeight(group);
      Site site = new Site(s, first.siteId(), p[0], p[1], height, Zone.at(Math.hypot(p[0], p[1]), radius),
          first.region() == null ? "" : first.region());
      sites.add(site);
      Map<Layer, Integer> sectors = new LinkedHashMap<>();
      for (CellInfo c : group) {
        Layer layer = layer(c);
        int sector = sectors.merge(layer, 1, Integer::sum) - 1;
        CellInfo.Antenna a = c.antenna();
        Cell cell = new Cell(out.size(), c.cellId(), site, layer, sector, out.size() % 504,
            Double.isNaN(a.azimuthDeg()) ? 0 : a.azimuthDeg(), a.mechTiltDeg(), a.elecTiltDeg(), a.txPowerDbm());
        cell.carriers = (int) Math.max(1, Math.round(a.bandwidthMhz() / layer.bandwidthMhz));
        out.add(cell);
      }
      s++;
    }
    return new Network(frame, radius, sites, out);
  }

  static Layer layer(CellInfo c) {
    return Rat.NR.name().equals(c.config().rat()) ? Layer.NR_3500 : Layer.LTE_1800;
  }

  private static double meanHeight(List<CellInfo> group) {
    double sum = 0;
    int n = 0;
    for (CellInfo c : group) {
      if (!Double.isNaN(c.antenna().heightM())) {
        sum += c.antenna().heightM();
        n++;
      }
    }
    return n == 0 ? Zone.URBAN.siteHeightM : sum / n;
  }

  /** Farthest site from the centre plus half the median distance between neighbouring sites. */
  private static double radius(List<double[]> sites) {
    double far = 0;
    double[] nearest = new double[sites.size()];
    for (int i = 0; i < sites.size(); i++) {
      double[] p = sites.get(i);
      far = Math.max(far, Math.hypot(p[0], p[1]));
      double best = Double.MAX_VALUE;
      for (int j = 0; j < sites.size(); j++) {
        if (j != i) {
          best = Math.min(best, Math.hypot(p[0] - sites.get(j)[0], p[1] - sites.get(j)[1]));
        }
      }
      nearest[i] = best == Double.MAX_VALUE ? 1000 : best;
    }
    Arrays.sort(nearest);
    return Math.max(1000, far + nearest[nearest.length / 2] / 2);
  }
}
