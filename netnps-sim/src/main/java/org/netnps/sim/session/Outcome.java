package org.netnps.sim.session;

/** What a session did, for the counters and the subscriber's experience. */
public final class Outcome {
  public boolean accessFailed;
  public boolean dropped;
  public int handovers;
  public int handoverFailures;
  public long dlBytes;
  public double activeSeconds;
  /** Perceived deficit, 0..1. */
  public double deficit;

  void reset() {
    accessFailed = false;
    dropped = false;
    handovers = 0;
    handoverFailures = 0;
    dlBytes = 0;
    activeSeconds = 0;
    deficit = 0;
  }
}
