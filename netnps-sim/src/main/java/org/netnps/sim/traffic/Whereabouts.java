package org.netnps.sim.traffic;

/** Where a subscriber is during a day: the kind of place. */
public enum Whereabouts {
  HOME,
  WORK,
  OTHER,
  COMMUTE,
  EVENT
}
