package org.netnps.sim.population;

import java.util.SplittableRandom;
import org.netnps.sim.Distributions;
import org.netnps.sim.Seeds;
import org.netnps.sim.network.NetworkBuilder;
import org.netnps.sim.radio.PathLoss;

/**
 * Draws subscribers: homes with a density falling exponentially from the centre (scale 0.4 R),
 * workplaces more central (0.25 R), an "other" place near home or in town; 62% commute; indoor
 * places get a TR 38.901 O2I loss (see indoorLoss); device, plan and
 * archetype by market share; tenure exponential (mean 30 months); ARPU lognormal around the
 * plan's median. Non-network satisfaction (the answer a subscriber would give with a perfect
 * network, before daily shocks) = 9.2 + plan effect - 0.6 ln(ARPU / plan median)
 * + 0.25 ln(1 + tenure / 12) + 0.15 (NR device) + N(0, 1.3^2).
 */
public final class PopulationBuilder {
  /** Share of subscribers with a workplace they commute to (BLS ATUS, research 5). */
  static final double COMMUTER_SHARE = 0.62;
  /** Calibrated for the steady state after the burn-in: city network NPS near the -15..+15 band. */
  static final double MEAN_BASELINE = 9.2;
  static final double BASELINE_SD = 1.3;

  private PopulationBuilder() {}

  public static Population build(int size, double radiusM, long seed) {
    Population p = new Population(size);
    double[] devices = shares(Device.CATALOGUE.length, i -> Device.CATALOGUE[i].share());
    double[] plans = shares(Plan.CATALOGUE.length, i -> Plan.CATALOGUE[i].share());
    double[] archetypes = shares(Archetype.CATALOGUE.length, i -> Archetype.CATALOGUE[i].share());
    for (int s = 0; s < size; s++) {
      SplittableRandom rng = Seeds.stream(seed, Seeds.POPULATION, s);
      // MSISDN-like and unique: 7919 is invertible modulo 10^7
      p.id[s] = String.format("6012%07d", Math.floorMod(Seeds.key(seed, Seeds.POPULATION, -1) + 7919L * s, 10_000_000L));
      double[] home = radial(rng, 0.40 * radiusM, radiusM);
      p.homeX[s] = home[0];
      p.homeY[s] = home[1];
      if (rng.nextDouble() < COMMUTER_SHARE) {
        double[] work = radial(rng, 0.25 * radiusM, radiusM);
        p.workX[s] = work[0];
        p.workY[s] = work[1];
      } else {
        rng.nextDouble();
        p.workX[s] = Double.NaN;
        p.workY[s] = Double.NaN;
      }
      if (rng.nextDouble() < 0.5) {
        p.otherX[s] = clampToCity(home[0] + 1500 * rng.nextGaussian(), radiusM);
        p.otherY[s] = clampToCity(home[1] + 1500 * rng.nextGaussian(), radiusM);
      } else {
        double[] other = radial(rng, 0.2 * radiusM, radiusM);
        p.otherX[s] = other[0];
        p.otherY[s] = other[1];
      }
      p.homeIndoorDb[s] = indoorLoss(rng, 0.9);
      p.workIndoorDb[s] = indoorLoss(rng, 0.9);
      p.otherIndoorDb[s] = indoorLoss(rng, 0.6);
      p.device[s] = (byte) Distributions.pick(rng, devices);
      p.plan[s] = (byte) Distributions.pick(rng, plans);
      p.archetype[s] = (byte) Distributions.pick(rng, archetypes);
      p.activity[s] = (float) Math.exp(0.55 * rng.nextGaussian() - 0.55 * 0.55 / 2);
      p.tenureMonths[s] = (short) Math.min(240, Math.round(-30 * Math.log(1 - rng.nextDouble())));
      Plan plan = p.planOf(s);
      p.arpu[s] = (float) Math.round(Distributions.lognormal(rng, plan.arpuMedian(), 0.25) * 100) / 100f;
      p.region[s] = NetworkBuilder.region(home[0], home[1], radiusM);
      p.baseline[s] = (float) (MEAN_BASELINE + plan.satisfactionEffect()
          - 0.6 * Math.log(p.arpu[s] / plan.arpuMedian())
          + 0.25 * Math.log(1 + p.tenureMonths[s] / 12.0)
          + (p.deviceOf(s).nr() ? 0.15 : 0)
          + BASELINE_SD * rng.nextGaussian());
    }
    return p;
  }

  /** A point whose distance from the centre has density r exp(-r / scale), within the city. */
  private static double[] radial(SplittableRandom rng, double scale, double radiusM) {
    double r;
    do {
      r = -scale * (Math.log(1 - rng.nextDouble()) + Math.log(1 - rng.nextDouble()));
    } while (r > radiusM);
    double angle = 2 * Math.PI * rng.nextDouble();
    return new double[] {r * Math.sin(angle), r * Math.cos(angle)};
  }

  private static double clampToCity(double v, double radiusM) {
    return Math.max(-radiusM, Math.min(radiusM, v));
  }

  /**
   * Outdoor-to-indoor loss of a place (TR 38.901 7.4.3): 70% of buildings low-loss
   * (about 12 dB through standard glass and concrete at 1.8-3.5 GHz, + 0.5 dB/m over the lesser
   * of two U(0, 25 m) depths, + N(0, 4.4^2)), 30% the legacy 20 dB + 0.5 dB/m model.
   */
  private static float indoorLoss(SplittableRandom rng, double indoorShare) {
    double u = rng.nextDouble();
    double kind = rng.nextDouble();
    double depth = Math.min(25 * rng.nextDouble(), 25 * rng.nextDouble());
    double spread = 4.4 * rng.nextGaussian();
    if (u >= indoorShare) {
      return 0f;
    }
    double loss = kind < 0.7 ? 12 + 0.5 * depth + spread : PathLoss.outdoorToIndoor(2 * depth);
    return (float) Math.max(0, loss);
  }

  private static double[] shares(int n, java.util.function.IntToDoubleFunction share) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = share.applyAsDouble(i);
    }
    return Distributions.cumulative(w);
  }
}
