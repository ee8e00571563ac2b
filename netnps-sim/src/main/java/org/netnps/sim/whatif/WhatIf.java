package org.netnps.sim.whatif;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.record.DatasetSink;
import org.netnps.sim.Outcomes;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import org.netnps.sim.population.Population;
import org.netnps.sim.radio.RadioMaps;
import org.netnps.sim.truth.TruthSink;

/**
 * The what-if engine (research/simulator.md 9.3): runs a scenario twice with the same random
 * streams, once as it is and once with the plan applied from a day on, and reports the
 * differences: network NPS (expected, from every subscriber's class probabilities at the end),
 * data use per user, network complaints and revenue over the window, overall and per H3 grid of
 * the subscribers' homes. Because every draw is keyed by subscriber, day and session, the
 * difference is caused by the actions alone.
 */
public final class WhatIf {
  private final World baseWorld;
  private final int threads;
  private final int gridResolution;
  private final RadioMaps maps = new RadioMaps();
  private Outcomes base;
  private int baseFromDay = -1;

  public WhatIf(World world, int threads, int gridResolution) {
    this.baseWorld = world;
    this.threads = threads;
    this.gridResolution = gridResolution;
  }

  public WhatIfResult evaluate(List<Action> actions, int fromDay) throws IOException {
    int days = baseWorld.scenario().days();
    if (fromDay < 0 || fromDay >= days) {
      throw new IllegalArgumentException("the plan must start on a simulated day, 0.." + (days - 1));
    }
    if (base == null || baseFromDay != fromDay) {
      base = new Srcon(baseWorld.copy(), threads, maps).run(DatasetSink.discard(), TruthSink.discard(), null, fromDay);
      baseFromDay = fromDay;
    }
    Outcomes plan = new Srcon(baseWorld.copy(), threads, maps)
        .run(DatasetSink.discard(), TruthSink.discard(), new ActionPlan(actions, fromDay), fromDay);
    return compare(base, plan, fromDay, days);
  }

  private WhatIfResult compare(Outcomes a, Outcomes b, int fromDay, int days) {
    Population pop = baseWorld.population();
    long bytesA = 0;
    long bytesB = 0;
    long complaintsA = 0;
    long complaintsB = 0;
    double revenueA = 0;
    double revenueB = 0;
    for (int s = 0; s < pop.size; s++) {
      bytesA += a.dlBytes[s];
      bytesB += b.dlBytes[s];
      complaintsA += a.networkComplaints[s];
      complaintsB += b.networkComplaints[s];
      revenueA += a.revenue[s];
      revenueB += b.revenue[s];
    }
    double npsA = a.networkNps();
    double npsB = b.networkNps();
    return new WhatIfResult(fromDay, days, npsA, npsB - npsA, pct(bytesB, bytesA),
        pct(complaintsB, complaintsA), pct(revenueB, revenueA), complaintsA, complaintsB, grids(a, b, a.subscribersSeen()));
  }

  private List<GridChange> grids(Outcomes a, Outcomes b, int seen) {
    Population pop = baseWorld.population();
    H3Core h3;
    try {
      h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var frame = baseWorld.network().frame();
    Map<Long, double[]> sums = new HashMap<>(); // n, base sum, delta sum, bytes a, bytes b
    for (int s = 0; s < pop.size; s++) {
      if (a.sessions[s] == 0) {
        continue;
      }
      long cell = h3.latLngToCell(frame.lat(pop.homeY[s]), frame.lon(pop.homeX[s]), gridResolution);
      double[] g = sums.computeIfAbsent(cell, k -> new double[5]);
      g[0]++;
      g[1] += a.pPromoter[s] - a.pDetractor[s];
      g[2] += (b.pPromoter[s] - b.pDetractor[s]) - (a.pPromoter[s] - a.pDetractor[s]);
      g[3] += a.dlBytes[s];
      g[4] += b.dlBytes[s];
    }
    List<GridChange> out = new ArrayList<>();
    for (var e : sums.entrySet()) {
      double[] g = e.getValue();
      var centre = h3.cellToLatLng(e.getKey());
      out.add(new GridChange(h3.h3ToString(e.getKey()), centre.lat, centre.lng, (int) g[0], 100 * g[1] / g[0],
          100 * g[2] / g[0], 100 * g[2] / seen, g[3] == 0 ? 0 : 100 * (g[4] - g[3]) / g[3]));
    }
    out.sort(Comparator.comparingDouble(GridChange::deltaNetworkNpsPoints).reversed()
        .thenComparing(GridChange::gridId));
    return out;
  }

  private static double pct(double after, double before) {
    return before == 0 ? 0 : 100 * (after - before) / before;
  }
}
