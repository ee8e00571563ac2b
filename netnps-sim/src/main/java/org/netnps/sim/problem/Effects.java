package org.netnps.sim.problem;

import java.util.ArrayList;
import java.util.List;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Network;
import org.netnps.sim.population.Device;

/** Fast lookups of what the active problems do to a cell, site or device at a time. */
public final class Effects {
  /** Throughput cap of a congested backhaul, kbit/s per user. */
  public static final double TRANSPORT_CAP_KBPS = 2500;

  private final List<Problem> all;
  private final List<List<Problem>> byCell = new ArrayList<>();
  private final List<List<Problem>> bySite = new ArrayList<>();
  private final List<List<Problem>> byDevice = new ArrayList<>();
  private final List<Problem> events = new ArrayList<>();
  /** Cells with an outage at some time: the only ones {@link #down} has to look at. */
  private final boolean[] mayBeDown;

  public Effects(List<Problem> problems, Network network) {
    this.all = List.copyOf(problems);
    for (int i = 0; i < network.cells().size(); i++) {
      byCell.add(new ArrayList<>());
    }
    for (int i = 0; i < network.sites().size(); i++) {
      bySite.add(new ArrayList<>());
    }
    for (int i = 0; i < Device.CATALOGUE.length; i++) {
      byDevice.add(new ArrayList<>());
    }
    for (Problem p : problems) {
      for (String id : p.cellIds()) {
        Cell c = network.cell(id);
        if (c == null) {
          throw new IllegalArgumentException("problem " + p.id() + ": unknown cell " + id);
        }
        byCell.get(c.index).add(p);
      }
      if (p.siteId() != null) {
        var site = network.site(p.siteId());
        if (site == null) {
          throw new IllegalArgumentException("problem " + p.id() + ": unknown site " + p.siteId());
        }
        bySite.get(site.index()).add(p);
        if (p.type() == ProblemType.SITE_OUTAGE) {
          for (Cell c : network.cellsOf(site)) {
            byCell.get(c.index).add(p);
          }
        }
      }
      if (p.deviceModel() != null) {
        byDevice.get(deviceIndex(p.deviceModel(), p.id())).add(p);
      }
      if (p.type() == ProblemType.EVENT_CONGESTION) {
        events.add(p);
      }
    }
    mayBeDown = new boolean[byCell.size()];
    for (int c = 0; c < byCell.size(); c++) {
      for (Problem p : byCell.get(c)) {
        mayBeDown[c] |= p.type() == ProblemType.CELL_OUTAGE || p.type() == ProblemType.SITE_OUTAGE;
      }
    }
  }

  public List<Problem> problems() {
    return all;
  }

  public List<Problem> events() {
    return events;
  }

  public boolean down(int cell, long t) {
    if (cell >= mayBeDown.length || !mayBeDown[cell]) {
      return false;
    }
    for (Problem p : cellProblems(cell)) {
      if ((p.type() == ProblemType.CELL_OUTAGE || p.type() == ProblemType.SITE_OUTAGE) && p.activeAt(t)) {
        return true;
      }
    }
    return false;
  }

  /** Milliseconds of [from, to) during which the cell was out of service. */
  public long unavailableMs(int cell, long from, long to) {
    long down = 0;
    for (Problem p : cellProblems(cell)) {
      if (p.type() == ProblemType.CELL_OUTAGE || p.type() == ProblemType.SITE_OUTAGE) {
        down += Math.max(0, Math.min(to, p.end()) - Math.max(from, p.start()));
      }
    }
    return Math.min(down, to - from);
  }

  public double noiseRiseDb(int cell, long t) {
    return sum(cell, t, ProblemType.EXTERNAL_INTERFERENCE);
  }

  /** Extra PRB utilisation from a crowd that the simulated subscribers do not carry. */
  public double extraLoad(int cell, long t) {
    return sum(cell, t, ProblemType.EVENT_CONGESTION);
  }

  public double handoverFailure(int cell, long t) {
    return sum(cell, t, ProblemType.HANDOVER_FAILURE);
  }

  /** Extra downtilt (deg) of a cell at a time: a mis-tilt. */
  public double extraTiltDeg(int cell, long t) {
    return sum(cell, t, ProblemType.MIS_TILT);
  }

  /** Added transport RTT (ms) of a site at a time; loss and the throughput cap follow from it. */
  public double transportDelayMs(int site, long t) {
    double ms = 0;
    if (site < bySite.size()) {
      for (Problem p : bySite.get(site)) {
        if (p.type() == ProblemType.TRANSPORT_CONGESTION && p.activeAt(t)) {
          ms += p.magnitude();
        }
      }
    }
    return ms;
  }

  /** Multiplier of drop and setup-failure probabilities for a device model at a time. */
  public double deviceFailureFactor(int device, long t) {
    double f = 1;
    for (Problem p : byDevice.get(device)) {
      if (p.activeAt(t)) {
        f *= p.magnitude();
      }
    }
    return f;
  }

  private double sum(int cell, long t, ProblemType type) {
    double s = 0;
    for (Problem p : cellProblems(cell)) {
      if (p.type() == type && p.activeAt(t)) {
        s += p.magnitude();
      }
    }
    return s;
  }

  private List<Problem> cellProblems(int cell) {
    return cell < byCell.size() ? byCell.get(cell) : List.of();
  }

  private static int deviceIndex(String model, String problem) {
    for (int i = 0; i < Device.CATALOGUE.length; i++) {
      if (Device.CATALOGUE[i].model().equals(model)) {
        return i;
      }
    }
    throw new IllegalArgumentException("problem " + problem + ": unknown device model " + model);
  }
}
