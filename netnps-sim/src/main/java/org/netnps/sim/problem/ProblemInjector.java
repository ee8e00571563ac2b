package org.netnps.sim.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.netnps.sim.Seeds;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.Site;
import org.netnps.sim.network.Zone;
import org.netnps.sim.population.Device;

/**
 * The presets' documented problem mix (docs/simulator.md), scaled by network size and period:
 * per started week and per 300 LTE cells, one of each: cell outage (2-6 h in the day), site
 * outage (3-8 h), event congestion (an evening crowd), mis-tilt (+8 deg from day 1 to the end),
 * external interference (+12 dB for 2-4 days), transport congestion (+150 ms for 1-2 days), and
 * handover failures (25% for 2-4 days); plus one device defect (x6 failures from day 1). Problems
 * sit on urban sites where subscribers are, never two on one site.
 */
public final class ProblemInjector {
  private static final long HOUR = 3_600_000L;
  private static final long DAY = 24 * HOUR;

  private ProblemInjector() {}

  public static List<Problem> preset(Network network, long start, int days, long seed) {
    SplittableRandom rng = Seeds.stream(seed, Seeds.PROBLEMS);
    List<Site> candidates = new ArrayList<>();
    for (Site s : network.sites()) {
      if (s.zone() != Zone.SUBURBAN) {
        candidates.add(s);
      }
    }
    long lteCells = network.cells().stream().filter(c -> c.layer == Layer.LTE_1800).count();
    int copies = (int) Math.max(1, Math.round(Math.ceil(days / 7.0) * Math.max(1, lteCells / 300.0)));
    List<Problem> problems = new ArrayList<>();
    List<Site> used = new ArrayList<>();
    int n = 0;
    for (int copy = 0; copy < copies; copy++) {
      for (ProblemType type : ProblemType.values()) {
        if (type == ProblemType.DEVICE_DEFECT) {
          continue;
        }
        Site site = pick(candidates, used, rng);
        if (site == null) {
          break;
        }
        used.add(site);
        problems.add(make(type, "P" + String.format("%03d", ++n), site, network, start, days, rng));
      }
    }
    Device device = Device.CATALOGUE[rng.nextInt(3)];
    long from = start + (days > 2 ? DAY : 0);
    problems.add(new Problem("P" + String.format("%03d", ++n), ProblemType.DEVICE_DEFECT, List.of(),
        null, device.model(), Double.NaN, Double.NaN, from, start + days * DAY, 6));
    return problems;
  }

  private static Problem make(ProblemType type, String id, Site site, Network network, long start,
      int days, SplittableRandom rng) {
    long day = start + rng.nextInt(Math.max(1, days)) * DAY;
    Cell lte = network.cellsOf(site).get(rng.nextInt(3));
    List<String> oneCell = List.of(lte.id);
    double x = site.x();
    double y = site.y();
    return switch (type) {
      case CELL_OUTAGE -> {
        long from = day + (9 + rng.nextInt(9)) * HOUR;
        yield new Problem(id, type, oneCell, null, null, x, y, from, from + (2 + rng.nextInt(5)) * HOUR, 0);
      }
      case SITE_OUTAGE -> {
        long from = day + (8 + rng.nextInt(8)) * HOUR;
        yield new Problem(id, type, List.of(), site.id(), null, x, y, from, from + (3 + rng.nextInt(6)) * HOUR, 0);
      }
      case EVENT_CONGESTION -> {
        List<String> all = new ArrayList<>();
        for (Cell c : network.cellsOf(site)) {
          all.add(c.id);
        }
        long from = day + 18 * HOUR;
        yield new Problem(id, type, all, null, null, x, y, from, from + 4 * HOUR, 0.9);
      }
      case MIS_TILT -> new Problem(id, type, oneCell, null, null, x, y, start + (days > 2 ? DAY : 0),
          start + days * DAY, 8);
      case EXTERNAL_INTERFERENCE -> {
        long from = day + rng.nextInt(24) * HOUR;
        yield new Problem(id, type, oneCell, null, null, x, y, from, from + (2 + rng.nextInt(3)) * DAY, 12);
      }
      case TRANSPORT_CONGESTION -> {
        long from = day + (7 + rng.nextInt(6)) * HOUR;
        yield new Problem(id, type, List.of(), site.id(), null, x, y, from, from + (1 + rng.nextInt(2)) * DAY, 150);
      }
      case HANDOVER_FAILURE -> {
        long from = day + rng.nextInt(24) * HOUR;
        yield new Problem(id, type, oneCell, null, null, x, y, from, from + (2 + rng.nextInt(3)) * DAY, 0.25);
      }
      case DEVICE_DEFECT -> throw new IllegalArgumentException("device defects are not site problems");
    };
  }

  private static Site pick(List<Site> candidates, List<Site> used, SplittableRandom rng) {
    for (int attempt = 0; attempt < 100; attempt++) {
      Site s = candidates.get(rng.nextInt(candidates.size()));
      if (!used.contains(s)) {
        return s;
      }
    }
    return null;
  }
}
