package org.netnps.core.domain;

/** How a voice call ended, as the probe records it. */
public enum CallResult implements ContractValue {
  COMPLETED,
  DROPPED,
  FAILED
}
