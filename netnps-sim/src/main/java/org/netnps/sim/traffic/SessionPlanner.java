package org.netnps.sim.traffic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.netnps.sim.Distributions;
import org.netnps.sim.Seeds;
import org.netnps.sim.population.Archetype;
import org.netnps.sim.population.Population;
import org.netnps.sim.radio.PixelGrid;

/**
 * Plans a subscriber's sessions for a day: for each service a Poisson number of sessions (rate
 * from the archetype x personal activity; video +15% and voice -20% at weekends), each at a time
 * drawn from the diurnal profile, at the place the day plan puts the subscriber then. A session
 * happens with probability engagement x (1 - Wi-Fi offload at home), where both respond to
 * experience (research/simulator.md 7.3, 9.1 step 10); the draws are made either way.
 */
public final class SessionPlanner {
  static final double EVENT_ATTENDANCE = 0.08;
  static final double EVENT_CATCHMENT_M = 3000;
  /** Vehicle penetration loss for commuters, dB (38.901: N(9, 5^2)). */
  static final double CAR_LOSS_DB = 9;

  private final Population population;
  private final PixelGrid grid;
  private final long seed;

  public SessionPlanner(Population population, PixelGrid grid, long seed) {
    this.population = population;
    this.grid = grid;
    this.seed = seed;
  }

  /**
   * @param engagement share of intended data sessions the subscriber still makes (0..1)
   * @param homeOffload share of data sessions at home that go over Wi-Fi instead
   * @param event a venue and its local hours {x, y, from, to}, or null
   */
  public void plan(int s, int day, LocalDate date, long dayStart, double engagement,
      double homeOffload, double[] event, DaySessions out) {
    Population p = population;
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    double commuteKm = p.commutes(s) ? Math.hypot(p.workX[s] - p.homeX[s], p.workY[s] - p.homeY[s]) / 1000 : Double.NaN;
    double[] eventHours = null;
    if (event != null) {
      double u = Seeds.uniform(seed, Seeds.DAY_PLAN, s, day, 1);
      if (Math.hypot(event[0] - p.homeX[s], event[1] - p.homeY[s]) < EVENT_CATCHMENT_M && u < EVENT_ATTENDANCE) {
        eventHours = new double[] {event[2], event[3]};
      }
    }
    DayPlan plan = DayPlan.draw(Seeds.stream(seed, Seeds.DAY_PLAN, s, day), weekend, commuteKm, eventHours);
    SplittableRandom rng = Seeds.stream(seed, Seeds.SESSIONS, s, day);
    Archetype a = Archetype.CATALOGUE[p.archetype[s]];
    int ordinal = 0;
    for (int service = 0; service < 5; service++) {
      double rate = a.rate(service) * p.activity[s] * (weekend ? (service == 1 ? 1.15 : service == 2 ? 0.8 : 1) : 1);
      int n = Distributions.poisson(rng, rate);
      for (int i = 0; i < n; i++) {
        double second = Diurnal.secondOfDay(rng, weekend);
        double keep = rng.nextDouble();
        double jx = 25 * rng.nextGaussian();
        double jy = 25 * rng.nextGaussian();
        int thisOrdinal = ordinal++;
        Whereabouts where = plan.at(second / 3600);
        boolean data = service != 2;
        double chance = data ? engagement * (where == Whereabouts.HOME ? 1 - homeOffload : 1) : 1;
        if (keep >= chance) {
          continue;
        }
        double x;
        double y;
        double loss;
        switch (where) {
          case WORK -> { x = p.workX[s]; y = p.workY[s]; loss = p.workIndoorDb[s]; }
          case OTHER -> { x = p.otherX[s]; y = p.otherY[s]; loss = p.otherIndoorDb[s]; }
          case EVENT -> { x = event[0] + 4 * jx; y = event[1] + 4 * jy; loss = 0; }
          case COMMUTE -> {
            double f = plan.commuteFraction(second / 3600);
            x = p.homeX[s] + f * (p.workX[s] - p.homeX[s]);
            y = p.homeY[s] + f * (p.workY[s] - p.homeY[s]);
            loss = CAR_LOSS_DB;
          }
          default -> { x = p.homeX[s]; y = p.homeY[s]; loss = p.homeIndoorDb[s]; }
        }
        x += jx;
        y += jy;
        out.add(s, thisOrdinal, dayStart + Math.round(second * 1000), service, where, x, y, grid.pixel(x, y), loss);
      }
    }
  }
}
