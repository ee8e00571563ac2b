package org.netnps.core.record;

import org.netnps.core.domain.ActionType;

/**
 * One row of plan.csv: a recommended action. value is the optional action parameter (NaN when
 * absent): total downtilt for adjust_tilt, degrees for adjust_azimuth, dB for adjust_power, the
 * offset in dB for load_balance.
 */
public record PlannedAction(String actionId, String findingId, ActionType action, String target,
    String gridId, double expectedNpsGain, double cost, int priority, double value) {}
