package org.netnps.server.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.io.store.DuckDbStore;
import org.netnps.io.store.ResultsLoad;
import org.netnps.server.api.JsonObjects;
import org.netnps.server.geo.HexBoundaries;
import org.netnps.server.query.ResultsQueries;
import org.netnps.server.query.StorePool;

/**
 * A self-contained HTML report of a results directory: the figures, an NPS trend, class shares, a
 * map of the grids with the top hotspots, the findings and the plan. ECharts and the report's
 * script are inlined, so the file opens offline and can be mailed.
 */
public final class HtmlReport {
  private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final int TOP = 25;

  private HtmlReport() {}

  public static void write(Path results, Path out, int minGridSubscribers) {
    if (!Files.isRegularFile(results.resolve("summary.json"))) {
      throw new UserException(results + ": not a results directory (no summary.json); run `netnps analyze` first");
    }
    try (DuckDbStore scratch = DuckDbStore.inMemory()) {
      ResultsLoad.load(scratch, results.toAbsolutePath(), null);
      StorePool pool = new StorePool(scratch.duplicate(), 1);
      try {
        ResultsQueries q = new ResultsQueries(pool);
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = q.summary();
        List<Map<String, Object>> findings = q.findings(null, TOP);
        List<Map<String, Object>> plan = q.plan();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", summary);
        data.put("trend", q.trend());
        data.put("grids", grids(q.grids(minGridSubscribers)));
        data.put("findings", findings);
        String start = summary.path("period").path("start").asText("");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("title", escape("netnps report, period from " + start));
        parts.put("figures", figures(summary));
        parts.put("findings", table(findings, List.of("finding_id", "cause", "cell_id", "device_model", "nps_impact",
            "affected_subscribers", "start", "end", "evidence")));
        parts.put("plan", table(plan.subList(0, Math.min(TOP, plan.size())), List.of("action_id", "finding_id", "action",
            "target", "grid_id", "expected_nps_gain", "cost", "priority")) + budgetCurve(summary));
        parts.put("echarts", resource(ECHARTS));
        parts.put("script", resource("/org/netnps/server/report/report.js"));
        parts.put("data", json.writeValueAsString(data).replace("</", "<\\/"));
        String html = fill(template(), parts);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(out, html, StandardCharsets.UTF_8);
      } finally {
        pool.close();
      }
    } catch (UserException e) {
      throw e;
    } catch (Exception e) {
      throw new UserException("cannot write the report " + out + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> grids(List<Map<String, Object>> rows) {
    HexBoundaries hexes = new HexBoundaries();
    List<Map<String, Object>> features = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", r.get("grid_id"));
      p.put("expected_nps", r.get("expected_nps"));
      p.put("nps_impact", r.get("nps_impact"));
      p.put("subscribers", r.get("subscribers"));
      features.add(hexes.feature((String) r.get("grid_id"), p));
    }
    return JsonObjects.of("type", "FeatureCollection", "features", features);
  }

  private static String figures(JsonNode s) {
    JsonNode ci = s.path("network_nps_ci95");
    JsonNode sh = s.path("shares");
    return card("Network NPS (all subscribers)", num(s.path("network_nps")), "95% interval [" + num(ci.path(0)) + ", "
        + num(ci.path(1)) + "]")
        + card("Survey NPS", num(s.path("survey_nps")), "from " + s.path("survey_responses").asLong() + " answers")
        + card("Subscribers scored", String.format(Locale.ROOT, "%,d", s.path("subscribers_scored").asLong()),
            s.path("period").path("start").asText() + " to " + s.path("period").path("end").asText())
        + card("Detractors / passives / promoters", String.format(Locale.ROOT, "%.0f / %.0f / %.0f %%",
            100 * sh.path("detractor").asDouble(), 100 * sh.path("passive").asDouble(),
            100 * sh.path("promoter").asDouble()), "expected shares over all subscribers");
  }

  /** What each budget buys (summary.json's plan_budget_curve), empty for results written before it existed. */
  private static String budgetCurve(JsonNode s) {
    JsonNode curve = s.path("plan_budget_curve");
    if (curve.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<p class=\"small\">What a budget buys (cost units: expected network NPS gain "
        + "of the best actions within it): ");
    for (int i = 0; i < curve.size(); i++) {
      b.append(i == 0 ? "" : " &middot; ").append(curve.get(i).path("budget").asInt()).append(": ")
          .append(String.format(Locale.ROOT, "%+.2f", curve.get(i).path("expected_nps_gain").asDouble()));
    }
    return b.append("</p>").toString();
  }

  private static String card(String label, String value, String small) {
    return "<div class=\"card\"><div class=\"label\">" + escape(label) + "</div><div class=\"big\">" + escape(value)
        + "</div><div class=\"small\">" + escape(small) + "</div></div>";
  }

  /** A figure as summary.json has it (the dashboard shows the same text). */
  private static String num(JsonNode n) {
    return n.isNumber() ? n.asText() : "-";
  }

  static String table(List<Map<String, Object>> rows, List<String> columns) {
    StringBuilder b = new StringBuilder("<table><tr>");
    columns.forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
    b.append("</tr>");
    for (Map<String, Object> r : rows) {
      b.append("<tr>");
      for (String c : columns) {
        Object v = r.get(c);
        b.append(v instanceof Number ? "<td class=\"num\">" : "<td>").append(v == null ? "" : escape(v instanceof Double d
            ? String.format(Locale.ROOT, "%.4g", d) : v.toString())).append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</table>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Replaces each {{name}} of the template in one pass, so inserted text is never searched again. */
  static String fill(String template, Map<String, String> parts) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{(\\w+)}}").matcher(template);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String part = parts.get(m.group(1));
      if (part == null) {
        throw new IllegalStateException("the report template has no value for " + m.group());
      }
      b.append(template, last, m.start()).append(part);
      last = m.end();
    }
    return b.append(template.substring(last)).toString();
  }

  private static String template() throws IOException {
    return resource("/org/netnps/server/report/report.html");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
