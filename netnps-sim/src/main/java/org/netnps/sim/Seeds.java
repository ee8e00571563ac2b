package org.netnps.sim;

import java.util.SplittableRandom;

/**
 * Stable random streams. Every draw of the simulator comes from a stream keyed by what it is for
 * (the scenario seed, a purpose, a subscriber, a day, a session), never from a shared generator:
 * so a what-if run that changes the network sees the same subscribers, days and sessions, and the
 * difference between two runs is caused by the change alone (common random numbers).
 */
public final class Seeds {
  private Seeds() {}

  /** SplitMix64's finaliser: a bijective mix of 64 bits. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A key from its parts, order-sensitive. */
  public static long key(long seed, long... parts) {
    long h = mix(seed ^ 0x9e3779b97f4a7c15L);
    for (long p : parts) {
      h = mix(h ^ (p + 0x9e3779b97f4a7c15L + (h << 6) + (h >>> 2)));
    }
    return h;
  }

  public static SplittableRandom stream(long seed, long... parts) {
    return new SplittableRandom(key(seed, parts));
  }

  /** A uniform number in [0, 1) that depends only on its key. */
  public static double uniform(long seed, long... parts) {
    return (key(seed, parts) >>> 11) * 0x1.0p-53;
  }

  /** Purposes of the streams (the first part of a key). */
  public static final long NETWORK = 1;
  public static final long SHADOW = 2;
  public static final long LOS = 3;
  public static final long POPULATION = 4;
  public static final long DAY_PLAN = 5;
  public static final long SESSIONS = 6;
  public static final long SESSION = 7;
  public static final long SATISFACTION = 8;
  public static final long SURVEY = 9;
  public static final long PROBLEMS = 10;
  public static final long ALARMS = 11;
  public static final long COUNTERS = 12;
  public static final long COMPLAINTS = 13;
}
