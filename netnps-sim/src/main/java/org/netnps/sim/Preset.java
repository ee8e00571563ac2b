package org.netnps.sim;

/**
 * Sizes of simulated cities. tiny runs in seconds (unit tests); small is the demo; city is
 * about 100k subscribers over 14 days.
 */
public enum Preset {
  TINY(1_500, 1_000, 2),
  SMALL(3_000, 10_000, 7),
  CITY(5_000, 100_000, 14);

  public final double radiusM;
  public final int subscribers;
  public final int days;

  Preset(double radiusM, int subscribers, int days) {
    this.radiusM = radiusM;
    this.subscribers = subscribers;
    this.days = days;
  }

  public static Preset ofName(String name) {
    for (Preset p : values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown preset '" + name + "' (tiny, small, city)");
  }
}
