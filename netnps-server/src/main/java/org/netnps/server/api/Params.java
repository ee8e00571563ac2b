package org.netnps.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.h3core.H3Core;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Validated request parameters: every value is checked before it reaches a query. */
final class Params {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

  private Params() {}

  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v);
      if (i >= min && i <= max) {
        return i;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BadRequest(name, v, name + " must be an integer from " + min + " to " + max);
  }

  /** One of the allowed values, or the default when absent. */
  static String oneOf(Context ctx, String name, String dflt, List<String> allowed) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    if (!allowed.contains(v)) {
      throw new BadRequest(name, v, name + " must be one of " + allowed);
    }
    return v;
  }

  /** An ISO-8601 UTC instant such as 2026-03-02T18:00:00Z, or null when absent. */
  static Instant instant(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name, v, name + " must be an ISO-8601 UTC time such as 2026-03-02T18:00:00Z");
    }
  }

  /** An identifier from the path (action, finding, cell): letters, digits and _.:- only. */
  static String id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    if (!ID.matcher(v).matches()) {
      throw new BadRequest(name, v, name + " must be 1-64 letters, digits or _.:-");
    }
    return v;
  }

  /**
   * The request body as a JSON object (empty when there is none). A refusal quotes the start of
   * the body only when {@code echo} is true: a body may carry a subscriber identifier.
   */
  static JsonNode jsonObject(Context ctx, boolean echo) {
    String b = ctx.body();
    if (b == null || b.isBlank()) {
      return JSON.createObjectNode();
    }
    String shown = !echo ? "(not shown)" : b.length() > 40 ? b.substring(0, 40) : b;
    try {
      JsonNode n = JSON.readTree(b);
      if (!n.isObject()) {
        throw new BadRequest("body", shown, "the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new BadRequest("body", shown, "the body is not JSON: " + e.getOriginalMessage());
    }
  }

  static String h3(Context ctx, H3Core h3, String name) {
    String v = ctx.pathParam(name);
    if (!v.matches("[0-9a-f]{15,16}") || !h3.isValidCell(v)) {
      throw new BadRequest(name, v, name + " must be an H3 cell index in hex, such as 89650509e5bffff");
    }
    return v;
  }
}
