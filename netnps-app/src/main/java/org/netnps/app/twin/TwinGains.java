package org.netnps.app.twin;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.PlannedAction;
import org.netnps.sim.Outcomes;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.Site;
import org.netnps.sim.population.Device;
import org.netnps.sim.population.Population;
import org.netnps.sim.radio.RadioMaps;
import org.netnps.sim.truth.TruthSink;
import org.netnps.sim.whatif.Action;
import org.netnps.sim.whatif.ActionPlan;

/**
 * Expected network NPS gain of each candidate action from SRCON what-if runs on the twin: the twin
 * runs once as it is and once per group of candidates, on the same random streams, from its first
 * day. Candidates are grouped so that no two in a group lie within {@link #SEPARATION_M} of each
 * other (a device campaign runs alone); a subscriber's change in P(promoter) - P(detractor) is
 * credited to the group's candidates whose footprint (the site and the sites it exchanged sessions
 * with, {@link Footprints}) served the subscriber in either run, in proportion to the share of its
 * sessions each footprint served (a new site claims wholly the subscribers
 * whose home or work is within {@link #REACH_M}; a device campaign those with that device). The gain is in
 * network NPS points of the whole base: 100 x credited change / subscribers seen in the twin.
 * Duplicates (same action on the same target) gain once.
 */
public final class TwinGains {
  static final double REACH_M = 1000;
  static final double SEPARATION_M = 2 * REACH_M;

  /**
   * The gains, aligned with the candidates, and the what-if runs they took. {@code behaviourGains}
   * are the same runs credited the same way but valued by SRCON's behaviour model (research/simulator.md
   * 9.1 step 8), which every run computes anyway: on a SRCON city the truth, on an operator's twin a
   * generic reference; equal to {@code gains} when that model is the response.
   */
  public record Result(double[] gains, double[] behaviourGains, int runs, double seconds) {}

  private TwinGains() {}

  /** With the simulator's own behaviour model as the twin's satisfaction response (tests, comparisons). */
  public static Result estimate(World twin, List<PlannedAction> candidates, int threads, RadioMaps maps) {
    return estimate(twin, candidates, threads, maps, null);
  }

  /**
   * @param maps radio maps of the twin's network computed before (the calibration's), or a new cache
   * @param response how subscribers' satisfaction responds to a run: netnps's NPS model on the run's
   *     sessions ({@link TwinResponse}), or null for the simulator's behaviour model
   */
  static Result estimate(World twin, List<PlannedAction> candidates, int threads, RadioMaps maps,
      TwinResponse response) {
    long t0 = System.nanoTime();
    Network net = twin.network();
    H3Core h3 = h3();
    List<Candidate> todo = new ArrayList<>();
    Map<String, Integer> firstOf = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      PlannedAction a = candidates.get(i);
      String key = a.action().code() + "|" + a.target();
      if (firstOf.putIfAbsent(key, i) != null || !simulable(a.action(), a.target(), net, h3)) {
        continue;
      }
      double[] at = position(a, net, h3);
      todo.add(new Candidate(i, twinAction(new Action(a.actionId(), a.action(), a.target(), a.value()), net), at,
          site(a, net)));
    }
    Population pop = twin.population();
    Map<String, Integer> index = index(pop);
    NetScores base = run(twin, null, threads, maps, response, index);
    double[] gains = new double[candidates.size()];
    double[] behaviour = new double[candidates.size()];
    int runs = 1;
    for (List<Candidate> group : groups(todo)) {
      NetScores plan = run(twin, group.stream().map(Candidate::action).toList(), threads, maps, response, index);
      runs++;
      credit(pop, base, plan, group, gains, behaviour);
    }
    for (int i = 0; i < gains.length; i++) {
      gains[i] = base.seen() == 0 ? 0 : 100 * gains[i] / base.seen();
      behaviour[i] = base.seen() == 0 ? 0 : 100 * behaviour[i] / base.seen();
    }
    return new Result(gains, behaviour, runs, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Per twin subscriber of one run: sessions, P(promoter) - P(detractor) by the response and by SRCON's
   * behaviour model, and the sites that served it.
   */
  record NetScores(long[] sessions, double[] f, double[] behaviour, ServingSites serving) {
    int seen() {
      int n = 0;
      for (long count : sessions) {
        n += count > 0 ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * A candidate to simulate: its index in the plan, the action, its site position (null: a device)
   * and the index of its site in the twin's network (-1: a new site or a device).
   */
  record Candidate(int index, Action action, double[] at, int site) {}

  static NetScores run(World twin, List<Action> actions, int threads, RadioMaps maps, TwinResponse response,
      Map<String, Integer> index) {
    TwinResponse.Capture capture = response == null ? null : response.capture();
    World world = twin.copy();
    ServingSites serving = new ServingSites(capture == null ? DatasetSink.discard() : capture, index,
        twin.population().size, world.network());
    try {
      Outcomes o = new Srcon(world, threads, maps).run(serving, TruthSink.discard(),
          actions == null ? null : new ActionPlan(actions, 0), 0);
      double[] behaviour = new double[o.pPromoter.length];
      for (int s = 0; s < behaviour.length; s++) {
        behaviour[s] = o.pPromoter[s] - o.pDetractor[s];
      }
      return capture != null ? new NetScores(capture.sessions, capture.netScores(), behaviour, serving)
          : new NetScores(o.sessions, behaviour, behaviour, serving);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Greedy grouping: each candidate joins the first group it is far enough from; device campaigns run alone. */
  static List<List<Candidate>> groups(List<Candidate> todo) {
    List<List<Candidate>> groups = new ArrayList<>();
    for (Candidate c : todo) {
      List<Candidate> home = null;
      if (c.at() != null) {
        for (List<Candidate> g : groups) {
          if (g.get(0).at() != null && g.stream().allMatch(o -> distance(o.at(), c.at()) >= SEPARATION_M)) {
            home = g;
            break;
          }
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(c);
    }
    return groups;
  }

  private static void credit(Population pop, NetScores base, NetScores plan, List<Candidate> group, double[] gains,
      double[] behaviour) {
    double[] weight = new double[group.size()];
    int[][] footprints = new int[group.size()][];
    for (int k = 0; k < footprints.length; k++) {
      int site = group.get(k).site();
      footprints[k] = site < 0 ? null : Footprints.of(site, base.serving(), plan.serving());
    }
    for (int s = 0; s < pop.size; s++) {
      if (base.sessions()[s] == 0) {
        continue;
      }
      double delta = plan.f()[s] - base.f()[s];
      double felt = plan.behaviour()[s] - base.behaviour()[s];
      boolean none = delta == 0 || Double.isNaN(delta);
      if (none && felt == 0) {
        continue;
      }
      double total = 0;
      for (int k = 0; k < weight.length; k++) {
        weight[k] = reach(group.get(k), footprints[k], pop, s, base, plan);
        total += weight[k];
      }
      for (int k = 0; k < weight.length && total > 0; k++) {
        gains[group.get(k).index()] += none ? 0 : delta * weight[k] / total;
        behaviour[group.get(k).index()] += felt * weight[k] / total;
      }
    }
  }

  /**
   * How much of subscriber s's change a candidate may claim, from 0 to 1: the share of its sessions
   * (both runs) served by the candidate's footprint (its site and the sites it exchanged sessions
   * with, {@link Footprints}); 1 or 0 for a new site (distance) or a device campaign (device).
   */
  private static double reach(Candidate c, int[] footprint, Population pop, int s, NetScores base, NetScores plan) {
    if (c.at() == null) {
      return pop.deviceOf(s).model().equals(c.action().target()) ? 1 : 0;
    }
    if (c.site() >= 0) {
      double served = 0;
      for (int site : footprint) {
        served += base.serving().sessions(s, site) + plan.serving().sessions(s, site);
      }
      return served / (base.sessions()[s] + plan.sessions()[s]);
    }
    return Math.hypot(pop.homeX[s] - c.at()[0], pop.homeY[s] - c.at()[1]) < REACH_M
        || (pop.commutes(s) && Math.hypot(pop.workX[s] - c.at()[0], pop.workY[s] - c.at()[1]) < REACH_M) ? 1 : 0;
  }

  /** The index of an existing cell's or site's site; -1 for a new site or a device campaign. */
  private static int site(PlannedAction a, Network net) {
    if (a.action() == ActionType.DEVICE_CAMPAIGN || a.action() == ActionType.NEW_SITE) {
      return -1;
    }
    Cell cell = net.cell(a.target());
    return (cell != null ? cell.site : net.site(a.target())).index();
  }

  static boolean simulable(ActionType action, String target, Network net, H3Core h3) {
    if (action == ActionType.DEVICE_CAMPAIGN) {
      for (Device d : Device.CATALOGUE) {
        if (d.model().equals(target)) {
          return true;
        }
      }
      return false;
    }
    if (action == ActionType.NEW_SITE) {
      return h3.isValidCell(target);
    }
    return net.cell(target) != null || net.site(target) != null;
  }

  static Map<String, Integer> index(Population pop) {
    Map<String, Integer> index = new HashMap<>();
    for (int s = 0; s < pop.size; s++) {
      index.put(pop.id[s], s);
    }
    return index;
  }

  static H3Core h3() {
    try {
      return H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the H3 native library", e);
    }
  }

  /** The site position of a cell or site target, the H3 cell's centre for a new site; null for a device campaign. */
  private static double[] position(PlannedAction a, Network net, H3Core h3) {
    if (a.action() == ActionType.DEVICE_CAMPAIGN) {
      return null;
    }
    if (a.action() == ActionType.NEW_SITE) {
      LatLng c = h3.cellToLatLng(a.target());
      return new double[] {net.frame().east(c.lng), net.frame().north(c.lat)};
    }
    Cell cell = net.cell(a.target());
    Site site = cell != null ? cell.site : net.site(a.target());
    return new double[] {site.x(), site.y()};
  }

  /**
   * The action as the twin runs it: a tilt change without a value sets the median total downtilt of
   * the other cells of the site's layer (the configuration the audit found the cell departing from).
   */
  static Action twinAction(Action a, Network net) {
    return a.type() == ActionType.ADJUST_TILT && Double.isNaN(a.value())
        ? new Action(a.actionId(), a.type(), a.target(), medianTilt(a.target(), net)) : a;
  }

  private static double medianTilt(String cellId, Network net) {
    Cell me = net.cell(cellId);
    List<Double> tilts = new ArrayList<>();
    for (Cell c : net.cellsOf(me.site)) {
      if (c != me && c.layer == me.layer) {
        tilts.add(c.totalTiltDeg());
      }
    }
    if (tilts.isEmpty()) {
      return Double.NaN;
    }
    tilts.sort(null);
    return tilts.get(tilts.size() / 2);
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
}
