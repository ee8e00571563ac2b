package org.netnps.sim.network;

/**
 * Clutter zones of the simulated city with their planning figures (research/simulator.md 1.3:
 * dense urban ISD 200-400 m, urban 400-700 m, suburban 1-2 km; rooftops 20-35 m).
 */
public enum Zone {
  DENSE_URBAN(300, 25, 0.85),
  URBAN(550, 28, 0.80),
  SUBURBAN(850, 32, 0.70);

  public final double interSiteDistanceM;
  public final double siteHeightM;
  /** Share of time a subscriber at a place in the zone spends indoors. */
  public final double indoorShare;

  Zone(double interSiteDistanceM, double siteHeightM, double indoorShare) {
    this.interSiteDistanceM = interSiteDistanceM;
    this.siteHeightM = siteHeightM;
    this.indoorShare = indoorShare;
  }

  /** The zone at a distance from the centre of a city of the given radius. */
  public static Zone at(double distanceM, double cityRadiusM) {
    double r = distanceM / cityRadiusM;
    return r < 0.25 ? DENSE_URBAN : r < 0.6 ? URBAN : SUBURBAN;
  }
}
