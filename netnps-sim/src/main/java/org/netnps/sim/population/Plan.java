package org.netnps.sim.population;

/**
 * A tariff plan: its share of the base, median monthly ARPU, and its effect on non-network
 * satisfaction (price perception; research/simulator.md 7.1: price is a key driver).
 */
public record Plan(String name, double share, double arpuMedian, double satisfactionEffect, boolean prepaid) {
  public static final Plan[] CATALOGUE = {
    new Plan("prepaid", 0.45, 28, -0.3, true),
    new Plan("postpaid_basic", 0.33, 60, 0.0, false),
    new Plan("postpaid_premium", 0.16, 118, 0.35, false),
    new Plan("business", 0.06, 92, 0.1, false),
  };
}
