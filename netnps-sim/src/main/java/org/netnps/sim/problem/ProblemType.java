package org.netnps.sim.problem;

import org.netnps.core.domain.ActionType;
import org.netnps.core.domain.ContractValue;
import org.netnps.core.domain.ProblemCause;

/**
 * Network problems SRCON can inject (research/simulator.md 6.3), with the cause class a diagnosis
 * should find and the action that fixes them.
 */
public enum ProblemType implements ContractValue {
  /** A cell out of service: removed from the map; neighbours absorb its users. */
  CELL_OUTAGE(ProblemCause.FAULT, ActionType.REPAIR_FAULT),
  /** A whole site down (power): all its cells off. */
  SITE_OUTAGE(ProblemCause.FAULT, ActionType.REPAIR_FAULT),
  /** A crowd at a venue: extra demand on the cells around it for a few hours. */
  EVENT_CONGESTION(ProblemCause.CONGESTION, ActionType.ADD_CARRIER),
  /** A cell tilted far down by mistake: a coverage hole at its edge. */
  MIS_TILT(ProblemCause.COVERAGE, ActionType.ADJUST_TILT),
  /** External interference: noise rise at a cell's receivers. */
  EXTERNAL_INTERFERENCE(ProblemCause.INTERFERENCE, ActionType.MITIGATE_INTERFERENCE),
  /** Backhaul congestion at a site: capped throughput, added delay and loss. */
  TRANSPORT_CONGESTION(ProblemCause.TRANSPORT, ActionType.UPGRADE_TRANSPORT),
  /** A firmware defect of one device model: drops and setup failures multiplied. */
  DEVICE_DEFECT(ProblemCause.DEVICE, ActionType.DEVICE_CAMPAIGN),
  /** Handover failures on a cell's boundaries (wrong neighbour or offset settings). */
  HANDOVER_FAILURE(ProblemCause.MOBILITY, ActionType.TUNE_HANDOVER);

  public final ProblemCause cause;
  public final ActionType fix;

  ProblemType(ProblemCause cause, ActionType fix) {
    this.cause = cause;
    this.fix = fix;
  }

  public static ProblemType ofCode(String code) {
    for (ProblemType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown problem type '" + code + "'");
  }
}
