package org.netnps.core.domain;

import java.util.Locale;

/**
 * A value of a closed vocabulary of the data contract. By default its code is the lower-case
 * constant name ({@code WEB} is {@code web}); vocabularies written in upper case override it.
 */
public interface ContractValue {
  String name();

  /** The value as written in the data contract. */
  default String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
