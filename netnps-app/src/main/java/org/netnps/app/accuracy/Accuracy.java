package org.netnps.app.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.core.domain.NpsClass;
import org.netnps.ml.Hyperparameters;
import org.netnps.ml.Metrics;
import org.netnps.ml.NpsModelTrainer;
import org.netnps.ml.TrainingSet;

/**
 * Scores an analysis of a SRCON dataset against the simulator's truth: network NPS error and
 * interval coverage for each estimator, and the detractor AUC of the model's out-of-fold
 * predictions against an oracle that knows each answer's true network penalty (plus the same
 * CRM attributes the model sees), cross-validated the same way; and the injected problems the
 * diagnosis found (FindingsMatch).
 */
public final class Accuracy {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CUSTOMER_PREFIXES = List.of("tenure_months", "arpu", "device_5g", "plan=",
      "complaints_other");

  private Accuracy() {}

  public static Map<String, Object> evaluate(Path results, Path truth) {
    try {
      JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());
      JsonNode truthSummary = JSON.readTree(truth.resolve("summary.json").toFile());
      double trueNps = truthSummary.path("true_network_nps").asDouble();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("true_network_nps", round(trueNps));
      out.put("network_nps", summary.path("network_nps").asDouble());
      out.put("error", round(summary.path("network_nps").asDouble() - trueNps));
      out.put("covered", covers(summary.path("network_nps_ci95"), trueNps));
      Map<String, Object> estimators = new LinkedHashMap<>();
      summary.path("estimators").fields().forEachRemaining(e -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", round(e.getValue().path("network_nps").asDouble() - trueNps));
        m.put("covered", covers(e.getValue().path("ci95"), trueNps));
        estimators.put(e.getKey(), m);
      });
      out.put("estimators", estimators);
      out.put("survey_nps_error", round(summary.path("survey_nps").asDouble() - trueNps));
      out.putAll(auc(results, truth));
      Path dataset = truth.resolveSibling(truth.getFileName().toString().replaceFirst("\\.truth$", ""));
      out.put("diagnosis", FindingsMatch.evaluate(results, truth, dataset));
      Path scenario = truth.resolve("scenario.json");
      if (Files.isRegularFile(scenario)) {   // the simulated period: the data's first day plus the scenario's days
        double periodEnd = DurationsCheck.hours(summary.path("period").path("start").asText())
            + 24 * JSON.readTree(scenario.toFile()).path("days").asInt();
        out.put("problem_durations", DurationsCheck.evaluate(results, truth, dataset, summary, periodEnd));
      }
      return out;
    } catch (IOException e) {
      throw new UserException("cannot read " + results + " or " + truth + ": " + e.getMessage());
    }
  }

  private static Map<String, Object> auc(Path results, Path truth) {
    SimpleCsv answers = new SimpleCsv(results.resolve("answers.csv"));
    SimpleCsv surveys = new SimpleCsv(truth.resolve("surveys.csv"));
    Map<String, Float> penalty = new HashMap<>();
    int sid = surveys.column("subscriber_id");
    int sat = surveys.column("surveyed_at");
    int pen = surveys.column("network_penalty");
    for (String[] r : surveys.rows) {
      penalty.put(r[sid] + "@" + r[sat].substring(0, 19), SimpleCsv.number(r[pen]));
    }
    List<Integer> customer = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of("true_network_penalty"));
    for (int c = 0; c < answers.header.size(); c++) {
      String h = answers.header.get(c);
      if (CUSTOMER_PREFIXES.stream().anyMatch(h::startsWith)) {
        customer.add(c);
        names.add(h);
      }
    }
    int aid = answers.column("subscriber_id");
    int aat = answers.column("surveyed_at");
    int score = answers.column("score");
    int pDet = answers.column("p_detractor_oof");
    int n = answers.rows.size();
    float[][] x = new float[n][];
    int[] y = new int[n];
    int[] group = new int[n];
    double[] ours = new double[n];
    boolean[] det = new boolean[n];
    for (int i = 0; i < n; i++) {
      String[] r = answers.rows.get(i);
      Float p = penalty.get(r[aid] + "@" + r[aat].substring(0, 19));
      if (p == null) {
        throw new UserException("answer of " + r[aid] + " at " + r[aat] + " is not in the truth's surveys.csv");
      }
      x[i] = new float[names.size()];
      x[i][0] = p;
      for (int k = 0; k < customer.size(); k++) {
        x[i][k + 1] = SimpleCsv.number(r[customer.get(k)]);
      }
      y[i] = NpsClass.ofScore(Integer.parseInt(r[score])).ordinal();
      det[i] = y[i] == 0;
      group[i] = i;
      ours[i] = SimpleCsv.number(r[pDet]);
    }
    NpsModelTrainer.Result oracle = NpsModelTrainer.train(new TrainingSet(x, y, group, names), Hyperparameters.defaults(1), 5);
    double oracleAuc = Math.max(oracle.metrics().detractorAuc(), oracle.baseline().detractorAuc());
    double ourAuc = Metrics.auc(ours, det);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("detractor_auc", round4(ourAuc));
    out.put("oracle_detractor_auc", round4(oracleAuc));
    out.put("auc_ratio", round4(ourAuc / oracleAuc));
    out.put("answers", n);
    return out;
  }

  private static boolean covers(JsonNode interval, double v) {
    return interval.size() == 2 && interval.get(0).asDouble() <= v && v <= interval.get(1).asDouble();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
