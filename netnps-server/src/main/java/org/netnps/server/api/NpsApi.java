package org.netnps.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.server.query.ResultsQueries;

/** Network NPS: overall with its interval beside the survey's, the daily series, breakdowns, the model card. */
public final class NpsApi {
  private static final List<String> SUMMARY_FIELDS = List.of("network_nps", "network_nps_ci95", "survey_nps",
      "survey_nps_ci95", "survey_responses", "subscribers_scored", "shares", "period", "regions", "method",
      "estimators", "network_explains", "findings", "plan_actions", "netnps_version");

  private final ResultsQueries results;
  private final ObjectMapper json = new ObjectMapper();

  public NpsApi(ResultsQueries results) {
    this.results = results;
  }

  JsonNode summary() throws Exception {
    JsonNode s = results.summary();
    if (s == null) {
      throw new NotFound("the store holds no summary.json");
    }
    return s;
  }

  /** GET /api/v1/nps */
  public Object overall(Context ctx) throws Exception {
    JsonNode s = summary();
    ObjectNode out = json.createObjectNode();
    for (String f : SUMMARY_FIELDS) {
      if (s.has(f)) {
        out.set(f, s.get(f));
      }
    }
    return out;
  }

  /** GET /api/v1/nps/trend */
  public Object trend(Context ctx) throws Exception {
    return Map.of("days", results.trend());
  }

  /** GET /api/v1/nps/breakdowns?by=region|cell|plan|device|... */
  public Object breakdowns(Context ctx) throws Exception {
    List<String> dimensions = results.breakdownDimensions();
    String by = Params.oneOf(ctx, "by", dimensions.isEmpty() ? null : dimensions.get(0), dimensions);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("by", by);
    out.put("dimensions", dimensions);
    out.put("groups", by == null ? List.of() : results.breakdown(by));
    return out;
  }

  /**
   * GET /api/v1/nps/devices?model=NAME: a device model's users day by day (devices.csv: expected
   * NPS, poor and call-loss rates, MB per active user, complaints, revenue); the first model
   * when none is named. Models with fewer users than analyze's minimum group are not in the results.
   */
  public Object devices(Context ctx) throws Exception {
    List<String> models = results.deviceModels();
    String model = Params.oneOf(ctx, "model", models.isEmpty() ? null : models.get(0), models);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model", model);
    out.put("models", models);
    out.put("days", model == null ? List.of() : results.deviceDays(model));
    return out;
  }

  /** GET /api/v1/model: the model card (markdown) and the hold-out metrics of summary.json. */
  public Object model(Context ctx) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metrics", summary().get("model"));
    out.put("card_markdown", results.document("model-card.md"));
    return out;
  }
}
