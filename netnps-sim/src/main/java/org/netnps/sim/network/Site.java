package org.netnps.sim.network;

/** A site: a mast or rooftop with its position (local metres), zone and region. */
public record Site(int index, String id, double x, double y, double heightM, Zone zone, String region) {}
