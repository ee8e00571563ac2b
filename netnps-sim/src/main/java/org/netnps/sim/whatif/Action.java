package org.netnps.sim.whatif;

import org.netnps.core.domain.ActionType;

/**
 * One action of a plan (plan.csv): its type, the target (a cell id; a site id for transport; a
 * device model for a device campaign; "lat lon" or an H3 index for a new site), and an optional
 * value (NaN = the action's default): total downtilt in degrees for adjust_tilt, degrees of
 * rotation for adjust_azimuth (default 15), dB for adjust_power (default +3), the offset in dB of
 * load_balance (at most 6; default 6 when it steers to NR, 3 for a cell individual offset).
 */
public record Action(String actionId, ActionType type, String target, double value) {}
