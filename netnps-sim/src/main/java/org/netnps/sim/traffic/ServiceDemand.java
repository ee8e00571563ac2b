package org.netnps.sim.traffic;

/**
 * Mean downlink volume and airtime of a session per service, used to build each cell's offered
 * load (the realised sessions draw their own sizes around the same means). Index order: web,
 * video, voice, gaming, other.
 */
public final class ServiceDemand {
  /** Mean downlink bits: 3.5 pages x 2.2 MB; 400 s x 2.5 Mbit/s; 150 s x 40 kbit/s GBR; 900 s x 80 kbit/s; 28 MB. */
  public static final double[] MEAN_BITS = {62e6, 1000e6, 6e6, 72e6, 224e6};
  /** Mean session length, seconds, over which the load is spread. */
  public static final double[] MEAN_SECONDS = {120, 400, 150, 900, 60};

  private ServiceDemand() {}
}
