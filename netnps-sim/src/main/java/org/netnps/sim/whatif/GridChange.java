package org.netnps.sim.whatif;

/**
 * Predicted change in one H3 grid (subscribers by their home): network NPS points the grid
 * contributes to the whole base, the grid's own NPS change, and its DOU change.
 */
public record GridChange(String gridId, double lat, double lon, int subscribers, double baseNps,
    double deltaNps, double deltaNetworkNpsPoints, double deltaDouPct) {}
