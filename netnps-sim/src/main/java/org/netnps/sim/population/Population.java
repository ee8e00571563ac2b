package org.netnps.sim.population;

/**
 * The simulated subscribers as parallel arrays (one index per subscriber): who they are, where
 * they live, work and go out, their device, plan and usage, and their non-network satisfaction.
 * Places are in local metres; a NaN work place means the subscriber does not commute.
 */
public final class Population {
  public final int size;
  public final String[] id;
  public final double[] homeX, homeY, workX, workY, otherX, otherY;
  /** Outdoor-to-indoor loss at each place, dB (0 when the place is outdoors). */
  public final float[] homeIndoorDb, workIndoorDb, otherIndoorDb;
  public final byte[] device, plan, archetype;
  /** Personal multiplier of session rates (lognormal, mean 1). */
  public final float[] activity;
  public final short[] tenureMonths;
  public final float[] arpu;
  public final String[] region;
  /** Non-network satisfaction on the 0-10 answer scale (plan, price, tenure, personal). */
  public final float[] baseline;

  Population(int size) {
    this.size = size;
    id = new String[size];
    homeX = new double[size];
    homeY = new double[size];
    workX = new double[size];
    workY = new double[size];
    otherX = new double[size];
    otherY = new double[size];
    homeIndoorDb = new float[size];
    workIndoorDb = new float[size];
    otherIndoorDb = new float[size];
    device = new byte[size];
    plan = new byte[size];
    archetype = new byte[size];
    activity = new float[size];
    tenureMonths = new short[size];
    arpu = new float[size];
    region = new String[size];
    baseline = new float[size];
  }

  public boolean commutes(int s) {
    return !Double.isNaN(workX[s]);
  }

  public Device deviceOf(int s) {
    return Device.CATALOGUE[device[s]];
  }

  public Plan planOf(int s) {
    return Plan.CATALOGUE[plan[s]];
  }
}
