package org.netnps.core.record;

import org.netnps.core.domain.AlarmSeverity;

/** One row of alarms.csv (X.733 style). clearedAt is -1 while the alarm is active. */
public record AlarmRecord(
    String alarmId,
    String objectId,
    long raisedAt,
    long clearedAt,
    AlarmSeverity severity,
    String probableCause,
    String specificProblem) {}
