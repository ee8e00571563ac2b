package org.netnps.sim.whatif;

import java.util.List;

/**
 * Predicted effect of a plan: changes over the window [fromDay, end) between the run with the
 * actions and the run without, with common random numbers.
 */
public record WhatIfResult(int fromDay, int days, double baseNetworkNps, double deltaNps,
    double deltaDouPct, double deltaComplaintsPct, double deltaRevenuePct, long baseComplaints,
    long planComplaints, List<GridChange> grids) {}
