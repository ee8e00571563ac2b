package org.netnps.sim.traffic;

import java.util.SplittableRandom;

/**
 * One subscriber's day as times of local day in hours (research/simulator.md 5: motifs home /
 * home-work-home / home-work-other-home; departures 07:00-09:00, returns 17:00-19:30; evenings
 * and weekends out with some probability). Commutes take distance / 25 km/h + 6 minutes.
 */
public final class DayPlan {
  private static final double WORK_DAY_ATTENDANCE = 0.85;
  private static final double EVENING_OUT = 0.3;
  private static final double WEEKEND_OUT = 0.6;

  double departWork = Double.NaN;
  double arriveWork;
  double leaveWork;
  double arriveHome;
  double outFrom = Double.NaN;
  double outTo;
  double eventFrom = Double.NaN;
  double eventTo;

  /**
   * Draws a plan.
   *
   * @param commuteKm home-work distance, NaN when the subscriber does not commute
   * @param eventHours [from, to) local hours of an event the subscriber attends, or null
   */
  public static DayPlan draw(SplittableRandom rng, boolean weekend, double commuteKm, double[] eventHours) {
    DayPlan p = new DayPlan();
    double u1 = rng.nextDouble();
    double u2 = rng.nextDouble();
    double z1 = rng.nextGaussian();
    double z2 = rng.nextGaussian();
    double z3 = rng.nextGaussian();
    if (!weekend && !Double.isNaN(commuteKm) && u1 < WORK_DAY_ATTENDANCE) {
      double travel = commuteKm / 25 + 0.1;
      p.departWork = 8.0 + 0.6 * z1 - travel;
      p.arriveWork = p.departWork + travel;
      p.leaveWork = 17.75 + 0.6 * z2;
      p.arriveHome = p.leaveWork + travel;
      if (u2 < EVENING_OUT) {
        p.outFrom = Math.max(p.arriveHome, 19.0 + 0.5 * z3);
        p.outTo = p.outFrom + 2;
      }
    } else if (u2 < (weekend ? WEEKEND_OUT : EVENING_OUT)) {
      p.outFrom = weekend ? 11 + 2 * z3 : 19 + 0.5 * z3;
      p.outTo = p.outFrom + (weekend ? 3 : 2);
    }
    if (eventHours != null) {
      p.eventFrom = eventHours[0];
      p.eventTo = eventHours[1];
    }
    return p;
  }

  public Whereabouts at(double hour) {
    if (hour >= eventFrom && hour < eventTo) {
      return Whereabouts.EVENT;
    }
    if (!Double.isNaN(departWork)) {
      if (hour >= departWork && hour < arriveWork || hour >= leaveWork && hour < arriveHome) {
        return Whereabouts.COMMUTE;
      }
      if (hour >= arriveWork && hour < leaveWork) {
        return Whereabouts.WORK;
      }
    }
    if (hour >= outFrom && hour < outTo) {
      return Whereabouts.OTHER;
    }
    return Whereabouts.HOME;
  }

  /** How far along the commute (0 = home, 1 = work) the subscriber is at a commuting hour. */
  public double commuteFraction(double hour) {
    if (hour < arriveWork) {
      return (hour - departWork) / (arriveWork - departWork);
    }
    return 1 - (hour - leaveWork) / (arriveHome - leaveWork);
  }
}
