package org.netnps.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netnps.core.UserException;
import org.netnps.core.domain.ActionType;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.record.PlannedAction;
import org.netnps.io.store.ActionStore;
import org.netnps.server.query.ResultsQueries;
import org.netnps.server.query.StorePool;

/**
 * The plan and the closed loop: actions proposed from the plan, approved, implemented, verified
 * or rejected, each change in the audit trail with the token holder's name. Changes are
 * serialised: the lifecycle check and the write happen under one lock.
 */
public final class ActionApi {
  private final ResultsQueries results;
  private final StorePool pool;
  private final ActionVerifier verifier;
  private final Object writeLock = new Object();

  public ActionApi(ResultsQueries results, StorePool pool, ActionVerifier verifier) {
    this.results = results;
    this.pool = pool;
    this.verifier = verifier;
  }

  /**
   * GET /api/v1/plan: the actions by priority, and what each budget buys by their expected gains
   * (summary.json's plan_budget_curve; empty for results written before it existed).
   */
  public Object plan(Context ctx) throws Exception {
    JsonNode summary = results.summary();
    JsonNode curve = summary == null ? null : summary.get("plan_budget_curve");
    return JsonObjects.of("actions", results.plan(), "budget_curve",
        curve == null ? List.of() : curve);
  }

  /** GET /api/v1/actions */
  public void list(Context ctx) throws Exception {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ActionStore.StoredAction a : pool.with(s -> new ActionStore(s.store()).all())) {
      out.add(view(a));
    }
    ctx.json(Map.of("actions", out));
  }

  /** GET /api/v1/actions/{action_id}: the action and its audit trail. */
  public void one(Context ctx) throws Exception {
    String id = Params.id(ctx, "action_id");
    Map<String, Object> out = pool.with(s -> {
      ActionStore store = new ActionStore(s.store());
      ActionStore.StoredAction a = store.find(id);
      if (a == null) {
        throw new NotFound("no action " + id + " in the loop (propose it from the plan first)");
      }
      Map<String, Object> v = view(a);
      v.put("history", store.history(id));
      return v;
    });
    ctx.json(out);
  }

  /** POST /api/v1/actions {"action_ids": [...]}: proposes plan actions (all of them when the list is absent). */
  public void propose(Context ctx) throws Exception {
    JsonNode body = Params.jsonObject(ctx, true);
    Set<String> wanted = null;
    if (body.has("action_ids")) {
      if (!body.get("action_ids").isArray() || body.get("action_ids").size() > 1000) {
        throw new BadRequest("action_ids", body.get("action_ids").toString(), "action_ids must be a list of at most 1000 ids");
      }
      wanted = new HashSet<>();
      for (JsonNode n : body.get("action_ids")) {
        wanted.add(n.asText());
      }
    }
    List<PlannedAction> plan = new ArrayList<>();
    for (Map<String, Object> r : results.plan()) {
      if (wanted == null || wanted.contains((String) r.get("action_id"))) {
        plan.add(planned(r));
      }
    }
    if (wanted != null) {
      Set<String> unknown = new HashSet<>(wanted);
      plan.forEach(p -> unknown.remove(p.actionId()));
      if (!unknown.isEmpty()) {
        throw new BadRequest("action_ids", unknown.toString(), "not in the plan: " + unknown);
      }
    }
    String by = Access.holder(ctx).name();
    int added;
    synchronized (writeLock) {
      added = pool.with(s -> new ActionStore(s.store()).propose(plan, by));
    }
    ctx.status(HttpStatus.CREATED).json(JsonObjects.of("proposed", added, "already_in_loop", plan.size() - added));
  }

  /** POST /api/v1/actions/{action_id}/{approve|implement|reject} {"note": "...", "at": ISO (implement)} */
  public io.javalin.http.Handler move(ActionStatus to) {
    return ctx -> {
      String id = Params.id(ctx, "action_id");
      JsonNode body = Params.jsonObject(ctx, true);
      String note = body.hasNonNull("note") ? body.get("note").asText() : null;
      if (note != null && note.length() > 2000) {
        throw new BadRequest("note", note.substring(0, 40) + "...", "note must have at most 2000 characters");
      }
      Instant at = Instant.now();
      if (body.hasNonNull("at")) {
        try {
          at = Instant.parse(body.get("at").asText());
        } catch (DateTimeParseException e) {
          throw new BadRequest("at", body.get("at").asText(), "at must be an ISO-8601 UTC time");
        }
      }
      String by = Access.holder(ctx).name();
      Instant when = at;
      ActionStore.StoredAction a;
      synchronized (writeLock) {
        a = pool.with(s -> transition(new ActionStore(s.store()), id, to, by, note, when));
      }
      ctx.json(view(a));
    };
  }

  /** POST /api/v1/actions/{action_id}/verify: difference-in-differences against control grids. */
  public void verify(Context ctx) throws Exception {
    String id = Params.id(ctx, "action_id");
    if (verifier == null) {
      ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "this server was started without --results, so it "
          + "cannot measure actions; run `netnps loop verify` or restart with --results RESULTS"));
      return;
    }
    String by = Access.holder(ctx).name();
    Map<String, Object> out;
    synchronized (writeLock) {
      out = pool.with(s -> {
        ActionStore store = new ActionStore(s.store());
        ActionStore.StoredAction a = store.find(id);
        if (a == null) {
          throw new NotFound("no action " + id + " in the loop");
        }
        if (a.status() != ActionStatus.IMPLEMENTED) {
          throw new Conflict("action " + id + " is " + a.status().code() + "; only implemented actions are verified");
        }
        ActionVerifier.Verdict v = verifier.verify(a, store.all());
        if (v.verified()) {
          a = store.move(id, ActionStatus.VERIFIED, by, v.note(), Instant.now());
        }
        Map<String, Object> r = view(a);
        r.put("verified", v.verified());
        r.put("note", v.note());
        r.put("measurement", v.details());
        return r;
      });
    }
    ctx.json(out);
  }

  /**
   * POST /api/v1/plan/verify: every implemented grid action of the loop measured together, as one
   * plan (docs/loop.md); statuses are not changed.
   */
  public void verifyPlan(Context ctx) throws Exception {
    if (verifier == null) {
      ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "this server was started without --results, so it "
          + "cannot measure actions; run `netnps loop verify-plan` or restart with --results RESULTS"));
      return;
    }
    Map<String, Object> out = pool.with(s -> {
      List<ActionStore.StoredAction> all = new ActionStore(s.store()).all();
      List<ActionStore.StoredAction> implemented = all.stream().filter(a -> a.implementedAt() != null).toList();
      if (implemented.isEmpty()) {
        throw new Conflict("no implemented action in the loop: implement actions first");
      }
      ActionVerifier.Verdict v = verifier.verifyPlan(implemented, all);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("implemented_actions", implemented.size());
      r.put("verified", v.verified());
      r.put("note", v.note());
      r.put("measurement", v.details());
      return r;
    });
    ctx.json(out);
  }

  private static ActionStore.StoredAction transition(ActionStore store, String id, ActionStatus to, String by,
      String note, Instant at) {
    ActionStore.StoredAction a = store.find(id);
    if (a == null) {
      throw new NotFound("no action " + id + " in the loop (propose it from the plan first)");
    }
    if (!a.status().canMoveTo(to)) {
      throw new Conflict("action " + id + " is " + a.status().code() + " and cannot become " + to.code()
          + " (allowed: " + a.status().next().stream().map(ActionStatus::code).sorted().toList() + ")");
    }
    return store.move(id, to, by, note, at);
  }

  private static PlannedAction planned(Map<String, Object> r) {
    ActionType type;
    try {
      type = ActionType.valueOf(((String) r.get("action")).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("plan action " + r.get("action_id") + " has an unknown action " + r.get("action"));
    }
    return new PlannedAction((String) r.get("action_id"), (String) r.get("finding_id"), type, (String) r.get("target"),
        (String) r.get("grid_id"), number(r.get("expected_nps_gain")), number(r.get("cost")),
        (int) number(r.get("priority")), Double.NaN);
  }

  private static double number(Object o) {
    return o == null ? Double.NaN : ((Number) o).doubleValue();
  }

  static Map<String, Object> view(ActionStore.StoredAction a) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("action_id", a.actionId());
    v.put("finding_id", a.findingId());
    v.put("action", a.action());
    v.put("target", a.target());
    v.put("grid_id", a.gridId());
    v.put("expected_nps_gain", a.expectedNpsGain());
    v.put("cost", a.cost());
    v.put("status", a.status().code());
    v.put("implemented_at", a.implementedAt() == null ? null : a.implementedAt().toString());
    return v;
  }
}
