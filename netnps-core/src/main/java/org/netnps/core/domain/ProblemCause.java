package org.netnps.core.domain;

/** The cause class of a network problem (findings.csv cause). */
public enum ProblemCause implements ContractValue {
  COVERAGE,
  INTERFERENCE,
  CONGESTION,
  FAULT,
  TRANSPORT,
  DEVICE,
  MOBILITY,
  UNKNOWN
}
