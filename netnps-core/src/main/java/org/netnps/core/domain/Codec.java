package org.netnps.core.domain;

/** Voice codec of a VoLTE/VoNR call: AMR-NB (narrowband), AMR-WB (wideband), EVS. */
public enum Codec implements ContractValue {
  AMR_NB,
  AMR_WB,
  EVS;

  @Override
  public String code() {
    return name().replace('_', '-');
  }
}
