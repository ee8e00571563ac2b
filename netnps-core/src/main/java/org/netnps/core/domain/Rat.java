package org.netnps.core.domain;

/** Radio access technology of a cell or a session: E-UTRA (LTE) or 5G NR. */
public enum Rat implements ContractValue {
  LTE,
  NR;

  @Override
  public String code() {
    return name();
  }
}
