package org.netnps.sim.whatif;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.netnps.sim.Intervention;
import org.netnps.sim.World;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.NetworkBuilder;
import org.netnps.sim.network.Site;
import org.netnps.sim.network.Zone;
import org.netnps.sim.population.Device;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemType;
import org.netnps.sim.radio.SectorAntenna;

/**
 * Applies a plan's actions to a world at the start of a day. Fixing actions end the problems
 * they address from that moment (repair_fault: outages of the cell or its site;
 * adjust_tilt: a mis-tilt, or sets the tilt; mitigate_interference; upgrade_transport;
 * device_campaign; tune_handover); configuration actions change the cell (azimuth, power, an
 * added carrier, load balancing's offsets) or add a three-sector site (with NR inside 70% of the
 * radius).
 */
public final class ActionPlan implements Intervention {
  /** Default lowering of the NR selection threshold by a load balancing that steers to NR, dB. */
  public static final double LAYER_STEERING_DB = 6;
  /** Default cell individual offset of a load balancing within its layer, dB (a usual MLB step). */
  public static final double CELL_OFFSET_DB = 3;
  /** The largest offset a load balancing sets, dB. */
  public static final double MAX_LOAD_BALANCE_OFFSET_DB = 6;
  /** Cells of a site whose azimuths are this close (degrees) serve the same sector. */
  static final double SAME_SECTOR_DEG = 60;
  private final List<Action> actions;
  private final int fromDay;

  public ActionPlan(List<Action> actions, int fromDay) {
    this.actions = List.copyOf(actions);
    this.fromDay = fromDay;
  }

  @Override
  public int fromDay() {
    return fromDay;
  }

  @Override
  public List<Problem> apply(World world, List<Problem> problems, long at) {
    List<Problem> remaining = new ArrayList<>(problems);
    Network network = world.network();
    for (Action a : actions) {
      switch (a.type()) {
        case REPAIR_FAULT -> {
          Cell cell = network.cell(a.target());
          Site site = cell != null ? cell.site : requireSite(network, a);
          end(remaining, at, p -> (p.type() == ProblemType.CELL_OUTAGE && cell != null && p.cellIds().contains(cell.id))
              || (p.type() == ProblemType.CELL_OUTAGE && cell == null && touchesSite(network, p, site))
              || (p.type() == ProblemType.SITE_OUTAGE && site.id().equals(p.siteId())));
        }
        case ADJUST_TILT -> {
          Cell cell = requireCell(network, a);
          end(remaining, at, p -> p.type() == ProblemType.MIS_TILT && p.cellIds().contains(cell.id));
          if (!Double.isNaN(a.value())) {
            cell.elecTiltDeg = Math.max(0, a.value() - cell.mechTiltDeg);
          }
        }
        case ADJUST_AZIMUTH -> {
          Cell cell = requireCell(network, a);
          cell.azimuthDeg = ((cell.azimuthDeg + valueOr(a, 15)) % 360 + 360) % 360;
        }
        case ADJUST_POWER -> {
          Cell cell = requireCell(network, a);
          cell.txPowerDbm = Math.min(cell.layer.txPowerDbm + 3, cell.txPowerDbm + valueOr(a, 3));
        }
        case ADD_CARRIER -> requireCell(network, a).carriers++;
        case LOAD_BALANCE -> loadBalance(network, requireCell(network, a), a.value());
        case MITIGATE_INTERFERENCE -> {
          Cell cell = requireCell(network, a);
          end(remaining, at, p -> p.type() == ProblemType.EXTERNAL_INTERFERENCE && p.cellIds().contains(cell.id));
        }
        case UPGRADE_TRANSPORT -> {
          Cell cell = network.cell(a.target());
          Site site = cell != null ? cell.site : requireSite(network, a);
          end(remaining, at, p -> p.type() == ProblemType.TRANSPORT_CONGESTION && site.id().equals(p.siteId()));
        }
        case DEVICE_CAMPAIGN -> {
          if (Arrays.stream(Device.CATALOGUE).noneMatch(d -> d.model().equals(a.target()))) {
            throw new IllegalArgumentException("action " + a.actionId() + " (device_campaign): unknown device model '"
                + a.target() + "'");
          }
          end(remaining, at, p -> p.type() == ProblemType.DEVICE_DEFECT && a.target().equals(p.deviceModel()));
        }
        case TUNE_HANDOVER -> {
          Cell cell = requireCell(network, a);
          end(remaining, at, p -> p.type() == ProblemType.HANDOVER_FAILURE && p.cellIds().contains(cell.id));
        }
        case NEW_SITE -> addSite(network, a);
      }
    }
    return remaining;
  }

  /**
   * Load balancing of a cell, as a SON function does it: where the cell is LTE and its site has an
   * NR cell facing the same way (azimuths within 60 degrees), NR-capable devices are steered to that
   * layer, its selection threshold lowered by the offset (default and at most 6 dB: a B1 threshold of
   * -114 dBm); otherwise the cell's individual offset drops by it (default 3 dB, at most 6), so UEs
   * that receive a neighbour of the layer within that many dB go to the neighbour. Which users
   * move, and the radio they then get, follow from the radio map ({@link org.netnps.sim.radio.Serving}).
   *
   * @param offsetDb the offset, NaN for the default
   */
  static void loadBalance(Network network, Cell cell, double offsetDb) {
    Cell nr = cell.layer == Layer.LTE_1800 ? sectorNrCell(network, cell) : null;
    double offset = Double.isNaN(offsetDb) ? (nr != null ? LAYER_STEERING_DB : CELL_OFFSET_DB) : offsetDb;
    offset = Math.max(0, Math.min(MAX_LOAD_BALANCE_OFFSET_DB, offset));
    if (nr != null) {
      nr.nrSelectionRsrpDbm = Math.min(nr.nrSelectionRsrpDbm, Cell.NR_SELECTION_RSRP_DBM - offset);
    } else {
      cell.cioDb = Math.min(cell.cioDb, -offset);
    }
  }

  /** The site's NR cell facing the way an LTE cell faces (azimuths within 60 degrees), or null. */
  private static Cell sectorNrCell(Network network, Cell cell) {
    Cell nr = null;
    double nearest = SAME_SECTOR_DEG;
    for (Cell c : network.cellsOf(cell.site)) {
      double apart = Math.abs(SectorAntenna.offBoresight(c.azimuthDeg, cell.azimuthDeg));
      if (c.layer == Layer.NR_3500 && apart <= nearest) {
        nr = c;
        nearest = apart;
      }
    }
    return nr;
  }

  private static void end(List<Problem> problems, long at, Predicate<Problem> fixed) {
    for (int i = problems.size() - 1; i >= 0; i--) {
      Problem p = problems.get(i);
      if (!fixed.test(p) || p.end() <= at) {
        continue;
      }
      if (p.start() >= at) {
        problems.remove(i);
      } else {
        problems.set(i, new Problem(p.id(), p.type(), p.cellIds(), p.siteId(), p.deviceModel(), p.x(), p.y(),
            p.start(), at, p.magnitude()));
      }
    }
  }

  private static boolean touchesSite(Network network, Problem p, Site site) {
    for (String id : p.cellIds()) {
      Cell c = network.cell(id);
      if (c != null && c.site == site) {
        return true;
      }
    }
    return false;
  }

  private static void addSite(Network network, Action a) {
    double[] latLon = place(a.target());
    double x = network.frame().east(latLon[1]);
    double y = network.frame().north(latLon[0]);
    double r = Math.hypot(x, y);
    Zone zone = Zone.at(r, network.radiusM());
    Site site = new Site(network.sites().size(), "N" + String.format("%03d", network.sites().size() + 1), x, y,
        zone.siteHeightM, zone, NetworkBuilder.region(x, y, network.radiusM()));
    List<Cell> cells = new ArrayList<>();
    double tilt = NetworkBuilder.designDowntilt(site.heightM(), zone.interSiteDistanceM);
    int next = network.cells().size();
    for (Layer layer : r < 0.7 * network.radiusM() ? List.of(Layer.LTE_1800, Layer.NR_3500) : List.of(Layer.LTE_1800)) {
      for (int sector = 0; sector < 3; sector++) {
        cells.add(new Cell(next++, site.id() + layer.rat.name().charAt(0) + (sector + 1), site, layer, sector,
            (site.index() * 3 + sector) % 504, 120.0 * sector, 2, Math.max(0, tilt - 2), layer.txPowerDbm));
      }
    }
    network.addSite(site, cells);
  }

  /** "lat lon" (or "lat;lon") or an H3 index. */
  static double[] place(String target) {
    String[] parts = target.trim().split("[ ;]+");
    if (parts.length == 2) {
      return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
    try {
      H3Core h3 = H3Core.newInstance();
      if (!h3.isValidCell(target.trim())) {
        throw new IllegalArgumentException("new_site target '" + target + "' is neither 'lat lon' nor an H3 index");
      }
      LatLng c = h3.cellToLatLng(target.trim());
      return new double[] {c.lat, c.lng};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double valueOr(Action a, double fallback) {
    return Double.isNaN(a.value()) ? fallback : a.value();
  }

  private static Cell requireCell(Network network, Action a) {
    Cell c = network.cell(a.target());
    if (c == null) {
      throw new IllegalArgumentException("action " + a.actionId() + " (" + a.type().code() + "): unknown cell '"
          + a.target() + "'");
    }
    return c;
  }

  private static Site requireSite(Network network, Action a) {
    Site s = network.site(a.target());
    if (s == null) {
      throw new IllegalArgumentException("action " + a.actionId() + " (" + a.type().code()
          + "): unknown cell or site '" + a.target() + "'");
    }
    return s;
  }
}
