package org.netnps.app.twin;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.Places;
import org.netnps.io.scan.CustomerRecords;
import org.netnps.io.scan.ScanResult;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.Seeds;
import org.netnps.sim.population.Device;
import org.netnps.sim.population.Plan;
import org.netnps.sim.population.Population;
import org.netnps.sim.population.PopulationBuilder;

/**
 * The subscribers of the twin: a sample of those the data saw (every k-th, at most a given
 * number), each placed where the data saw them: home in the H3 grid with most of their sessions,
 * work in the second one when it holds at least {@link #WORK_SHARE} of the first's sessions and
 * its centre lies more than {@link #WORK_MIN_M} from the first's (else they do not commute); within
 * its grid each place is a point drawn uniformly ({@link #pointIn}), as the subscribers of a grid
 * are spread over it, not stacked on its centre. Device, plan, tenure and ARPU
 * come from subscribers.csv where the model or plan is one SRCON knows; how active a subscriber is
 * comes from their sessions per day against the sample's mean. What no network data shows (the
 * archetype's service mix, indoor losses, the "other" place, non-network satisfaction) is drawn
 * from SRCON's population model with the twin's seed.
 */
final class TwinPopulation {
  static final double WORK_SHARE = 0.25;
  static final double WORK_MIN_M = 500;
  /** The purpose of the random stream of the places within their grids (beyond {@link Seeds}'s own). */
  static final long PLACES = 101;
  private static final int DRAWS = 64;

  /** The twin's subscribers and, for each, the dataset's subscriber index. */
  record Sample(Population population, int[] datasetIndex) {}

  private TwinPopulation() {}

  static Sample build(ScanResult scan, LocalFrame frame, double radiusM, int maxSubscribers, long seed, H3Core h3) {
    int seen = 0;
    for (int s = 0; s < scan.subscribers(); s++) {
      seen += scan.seen()[s] ? 1 : 0;
    }
    int step = Math.max(1, (int) Math.ceil(seen / (double) maxSubscribers));
    int[] index = new int[(seen + step - 1) / step];
    int n = 0;
    int k = 0;
    for (int s = 0; s < scan.subscribers() && n < index.length; s++) {
      if (scan.seen()[s] && k++ % step == 0) {
        index[n++] = s;
      }
    }
    index = Arrays.copyOf(index, n);
    Population p = PopulationBuilder.build(n, radiusM, seed);
    double meanSessions = 0;
    for (int i : index) {
      meanSessions += sessions(scan.profiles()[i]);
    }
    meanSessions /= Math.max(1, n);
    for (int t = 0; t < n; t++) {
      int s = index[t];
      ExperienceAccumulator a = scan.profiles()[s];
      p.id[t] = scan.ids().id(s);
      place(p, t, a.grids(), frame, h3, Seeds.stream(seed, PLACES, t));
      p.activity[t] = (float) Math.max(0.05, Math.min(20, sessions(a) / Math.max(1e-9, meanSessions)));
      customer(p, t, scan.customers().row(s));
    }
    return new Sample(p, index);
  }

  private static void place(Population p, int t, Places grids, LocalFrame frame, H3Core h3, SplittableRandom rng) {
    int first = -1;
    int second = -1;
    for (int i = 0; i < grids.size(); i++) {
      if (grids.key(i) == 0) {
        continue;
      }
      if (first < 0 || grids.busier(i, first)) {
        second = first;
        first = i;
      } else if (second < 0 || grids.busier(i, second)) {
        second = i;
      }
    }
    if (first < 0) {
      return;   // no position in the data: SRCON's drawn places stay
    }
    LatLng home = h3.cellToLatLng(grids.key(first));
    double[] at = pointIn(grids.key(first), frame, rng, h3);
    p.homeX[t] = at[0];
    p.homeY[t] = at[1];
    p.workX[t] = Double.NaN;
    p.workY[t] = Double.NaN;
    if (second >= 0 && grids.sessions(second) >= WORK_SHARE * grids.sessions(first)) {
      LatLng work = h3.cellToLatLng(grids.key(second));
      double apart = Math.hypot(frame.east(work.lng) - frame.east(home.lng),
          frame.north(work.lat) - frame.north(home.lat));
      if (apart > WORK_MIN_M) {
        at = pointIn(grids.key(second), frame, rng, h3);
        p.workX[t] = at[0];
        p.workY[t] = at[1];
      }
    }
  }

  /**
   * A point (east, north in the frame) drawn uniformly in an H3 cell: uniform in the square around
   * the circle through its corners, kept when H3 puts it in the cell (about 65% of draws for a
   * hexagon); the centre after {@value #DRAWS} misses.
   */
  static double[] pointIn(long cell, LocalFrame frame, SplittableRandom rng, H3Core h3) {
    LatLng c = h3.cellToLatLng(cell);
    double cx = frame.east(c.lng);
    double cy = frame.north(c.lat);
    double r = 0;
    for (LatLng v : h3.cellToBoundary(cell)) {
      r = Math.max(r, Math.hypot(frame.east(v.lng) - cx, frame.north(v.lat) - cy));
    }
    int resolution = h3.getResolution(cell);
    for (int i = 0; i < DRAWS; i++) {
      double x = cx + r * (2 * rng.nextDouble() - 1);
      double y = cy + r * (2 * rng.nextDouble() - 1);
      if (h3.latLngToCell(frame.lat(y), frame.lon(x), resolution) == cell) {
        return new double[] {x, y};
      }
    }
    return new double[] {cx, cy};
  }

  private static void customer(Population p, int t, CustomerRecords.Row row) {
    if (row == null) {
      return;
    }
    for (int d = 0; d < Device.CATALOGUE.length; d++) {
      if (Device.CATALOGUE[d].model().equals(row.deviceModel())) {
        p.device[t] = (byte) d;
      }
    }
    for (int i = 0; i < Plan.CATALOGUE.length; i++) {
      if (Plan.CATALOGUE[i].name().equals(row.plan())) {
        p.plan[t] = (byte) i;
      }
    }
    if (!Double.isNaN(row.tenureMonths())) {
      p.tenureMonths[t] = (short) Math.min(Short.MAX_VALUE, row.tenureMonths());
    }
    if (!Double.isNaN(row.arpu())) {
      p.arpu[t] = (float) row.arpu();
    }
    if (row.region() != null) {
      p.region[t] = row.region();
    }
  }

  private static long sessions(ExperienceAccumulator a) {
    long n = 0;
    for (int i = 0; i < a.cells().size(); i++) {
      n += a.cells().sessions(i);
    }
    return n;
  }
}
