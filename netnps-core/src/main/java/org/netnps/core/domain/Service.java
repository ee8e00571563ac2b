package org.netnps.core.domain;

/** The service class of a session, as a probe classifies it (xdr/service). */
public enum Service implements ContractValue {
  WEB,
  VIDEO,
  VOICE,
  GAMING,
  OTHER
}
