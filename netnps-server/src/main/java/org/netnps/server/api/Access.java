package org.netnps.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.util.Map;
import org.netnps.server.auth.ApiTokens;
import org.netnps.server.auth.Role;

/**
 * Access to the API: a route registered with a role needs a bearer token of that role or above;
 * 401 when the token is missing or unknown, 403 when its role is too low. Routes without roles
 * (health, the dashboard's files) are open.
 */
public final class Access {
  private static final String HOLDER = "netnps.holder";
  private final ApiTokens tokens;

  public Access(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /** Javalin before-matched handler. */
  public void check(Context ctx) {
    Role required = null;
    for (RouteRole r : ctx.routeRoles()) {
      if (r instanceof Role role && (required == null || role.ordinal() < required.ordinal())) {
        required = role;
      }
    }
    if (required == null) {
      return;
    }
    String header = ctx.header("Authorization");
    String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    ApiTokens.Holder holder = tokens.holder(token);
    if (holder == null || !holder.role().includes(required)) {
      ctx.bodyAsBytes();   // read what the client sent (bounded by the size limit) so its connection stays usable
    }
    if (holder == null) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"netnps\"");
      ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", token == null
          ? "this route needs an API token: send 'Authorization: Bearer TOKEN'"
          : "unknown API token"));
      ctx.skipRemainingHandlers();
      return;
    }
    if (!holder.role().includes(required)) {
      ctx.status(HttpStatus.FORBIDDEN).json(Map.of("error", "this route needs the " + required.code()
          + " role; the token of " + holder.name() + " has " + holder.role().code()));
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(HOLDER, holder);
  }

  public static ApiTokens.Holder holder(Context ctx) {
    return ctx.attribute(HOLDER);
  }
}
