package org.netnps.app.twin;

import com.uber.h3core.H3Core;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netnps.sim.World;
import org.netnps.sim.network.Network;
import org.netnps.sim.population.Population;
import org.netnps.sim.radio.RadioMaps;
import org.netnps.sim.whatif.Action;

/**
 * Whole plans valued on the twin: the plan's actions run together from the twin's first day against
 * one base run, by the twin's response and by SRCON's behaviour model. What a sum of single gains
 * leaves out (actions that share users, capacity or interference, subscribers outside every
 * footprint) a whole run includes. Gains in network NPS points of the whole base.
 */
public final class WholePlans implements PlanRefinement.Valuer {
  /** A plan's gain by the response and by SRCON's behaviour model, and how many of its actions the twin ran. */
  public record Whole(double gain, double behaviourGain, int actions) {}

  private final World twin;
  private final int threads;
  private final RadioMaps maps;
  private final TwinResponse response;
  private final Map<String, Integer> index;
  private final TwinGains.NetScores base;
  private final H3Core h3 = TwinGains.h3();
  private int runs = 1;

  /** Runs the base once. @param response the NPS model's response, or null for SRCON's behaviour model */
  WholePlans(World twin, int threads, RadioMaps maps, TwinResponse response) {
    this.twin = twin;
    this.threads = threads;
    this.maps = maps;
    this.response = response;
    this.index = TwinGains.index(twin.population());
    this.base = TwinGains.run(twin, null, threads, maps, response, index);
  }

  /** The plan's gain; actions the twin cannot run (a device model SRCON does not know) are left out. */
  @Override
  public Whole value(List<Action> plan) {
    Network net = twin.network();
    List<Action> runnable = new ArrayList<>();
    for (Action a : plan) {
      if (TwinGains.simulable(a.type(), a.target(), net, h3)) {
        runnable.add(TwinGains.twinAction(a, net));
      }
    }
    TwinGains.NetScores after = TwinGains.run(twin, runnable, threads, maps, response, index);
    runs++;
    Population pop = twin.population();
    double f = 0;
    double b = 0;
    for (int s = 0; s < pop.size; s++) {
      if (base.sessions()[s] > 0) {
        double delta = after.f()[s] - base.f()[s];
        f += Double.isNaN(delta) ? 0 : delta;
        b += after.behaviour()[s] - base.behaviour()[s];
      }
    }
    int seen = base.seen();
    return new Whole(seen == 0 ? 0 : 100 * f / seen, seen == 0 ? 0 : 100 * b / seen, runnable.size());
  }

  /** Twin runs so far, the base's included. */
  @Override
  public int runs() {
    return runs;
  }
}
