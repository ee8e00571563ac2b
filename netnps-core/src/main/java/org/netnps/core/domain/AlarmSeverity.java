package org.netnps.core.domain;

/** Perceived severity of an alarm (ITU-T X.733); a cleared alarm has cleared_at set. */
public enum AlarmSeverity implements ContractValue {
  CRITICAL,
  MAJOR,
  MINOR,
  WARNING
}
