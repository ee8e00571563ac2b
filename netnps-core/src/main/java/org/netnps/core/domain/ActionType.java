package org.netnps.core.domain;

/** An optimisation action of plan.csv: what an engineer does to a cell, site, device or grid. */
public enum ActionType implements ContractValue {
  REPAIR_FAULT,
  ADJUST_TILT,
  ADJUST_AZIMUTH,
  ADJUST_POWER,
  ADD_CARRIER,
  LOAD_BALANCE,
  MITIGATE_INTERFERENCE,
  UPGRADE_TRANSPORT,
  DEVICE_CAMPAIGN,
  NEW_SITE,
  TUNE_HANDOVER
}
