package org.netnps.sim.population;

/**
 * A usage archetype: session rates per day by service (web, video, voice, gaming, other) and its
 * share. Calibrated so the base averages about 22 GB a month with video about 75% of bytes and
 * about 30 voice minutes a day (research/simulator.md 4).
 */
public record Archetype(String name, double share, double web, double video, double voice,
    double gaming, double other) {
  public static final Archetype[] CATALOGUE = {
    new Archetype("balanced", 0.40, 7, 3.5, 3.5, 0.05, 2.0),
    new Archetype("streamer", 0.25, 5, 7.0, 2.0, 0.05, 2.5),
    new Archetype("talker", 0.20, 4, 1.5, 7.0, 0.0, 1.0),
    new Archetype("gamer", 0.15, 6, 4.0, 2.5, 2.5, 2.5),
  };

  public double rate(int service) {
    return switch (service) {
      case 0 -> web;
      case 1 -> video;
      case 2 -> voice;
      case 3 -> gaming;
      default -> other;
    };
  }
}
