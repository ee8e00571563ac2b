package org.netnps.server.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;

/** What a token may do: viewers read, operators also change actions and look up real identifiers, admins all. */
public enum Role implements RouteRole {
  VIEWER,
  OPERATOR,
  ADMIN;

  public boolean includes(Role required) {
    return ordinal() >= required.ordinal();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String s) {
    for (Role r : values()) {
      if (r.code().equals(s)) {
        return r;
      }
    }
    throw new IllegalArgumentException("role must be viewer, operator or admin, but was: " + s);
  }
}
