package org.netnps.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.netnps.server.privacy.Pseudonyms;
import org.netnps.server.query.ResultsQueries;

/**
 * Subscribers as keyed pseudonyms only: the list, one subscriber's probabilities and reasons,
 * and (operators only) the lookup of a real identifier, sent in the body so it stays out of URLs
 * and access logs.
 */
public final class SubscriberApi {
  private static final List<String> CLASSES = List.of("detractor", "passive", "promoter");
  private static final Pattern PSEUDONYM = Pattern.compile("p[0-9a-f]{16}");

  private final ResultsQueries results;
  private final Pseudonyms pseudonyms;
  private final Map<String, String> idOf = new HashMap<>();

  public SubscriberApi(ResultsQueries results, Pseudonyms pseudonyms) throws Exception {
    this.results = results;
    this.pseudonyms = pseudonyms;
    for (String id : results.subscriberIds()) {
      idOf.put(pseudonyms.of(id), id);
    }
  }

  /** GET /api/v1/subscribers?class=detractor&limit=50&offset=0, highest P(detractor) first. */
  public Object list(Context ctx) throws Exception {
    String cls = Params.oneOf(ctx, "class", null, CLASSES);
    int limit = Params.intParam(ctx, "limit", 50, 1, 500);
    int offset = Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : results.subscribers(cls, limit, offset)) {
      out.add(masked(r));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", results.subscriberCount(cls));
    body.put("offset", offset);
    body.put("subscribers", out);
    return body;
  }

  /** GET /api/v1/subscribers/{pseudonym}: probabilities, class and the reasons tied to events. */
  public Object one(Context ctx) throws Exception {
    String p = ctx.pathParam("pseudonym");
    if (!PSEUDONYM.matcher(p).matches()) {
      throw new BadRequest("pseudonym", p, "a subscriber is named by its pseudonym: 'p' and 16 hex digits");
    }
    String id = idOf.get(p);
    if (id == null) {
      throw new NotFound("no subscriber " + p);
    }
    return detail(id);
  }

  /** POST /api/v1/subscribers/lookup {"subscriber_id": "..."} (operator): the pseudonym and detail of a real identifier. */
  public void lookup(Context ctx) throws Exception {
    JsonNode body = Params.jsonObject(ctx, false);
    if (!body.hasNonNull("subscriber_id") || body.get("subscriber_id").asText().length() > 64) {
      throw new BadRequest("subscriber_id", "(not shown)", "subscriber_id is required, at most 64 characters");
    }
    ctx.json(detail(body.get("subscriber_id").asText()));
  }

  private Map<String, Object> detail(String id) throws Exception {
    Map<String, Object> row = results.subscriberDetail(id);
    if (row == null) {
      throw new NotFound("no such subscriber in the results (identifier not echoed)");
    }
    return masked(row);
  }

  private Map<String, Object> masked(Map<String, Object> row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pseudonym", pseudonyms.of(String.valueOf(row.get("subscriber_id"))));
    row.forEach((k, v) -> {
      if (!k.equals("subscriber_id")) {
        m.put(k, v);
      }
    });
    return m;
  }
}
