package org.netnps.core.domain;

/** Category of a customer complaint ticket. */
public enum ComplaintCategory implements ContractValue {
  COVERAGE,
  DATA,
  VOICE,
  BILLING,
  OTHER
}
