package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** netnps analyze --whatif: plan.csv valued by what-if runs on the dataset's twin. */
class AnalyzeWhatIfCliTest {
  @TempDir
  Path tmp;

  @Test
  void withWhatIfThePlansGainsComeFromTheTwinAndItsPrioritiesFollowGainPerCost() throws Exception {
    Path dataset = tmp.resolve("tiny");
    Path results = tmp.resolve("results");
    assertEquals(0, Main.run("simulate", "--preset", "tiny", "--seed", "2", "--days", "8", "--out", dataset.toString()));
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("analyze", dataset.toString(), "--out", results.toString(), "--no-reasons", "--whatif"));
    } finally {
      System.setOut(original);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("plan valued on the twin"), out.toString());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("against SRCON's behaviour model on the same runs"),
        out.toString());
    // whatif.csv: each valued candidate's gain by the NPS model (plan.csv's) and by SRCON's behaviour model
    List<String> whatIf = Files.readAllLines(results.resolve("whatif.csv"));
    assertEquals("action_id,action,target,cost,twin_gain,behaviour_gain", whatIf.get(0));
    java.util.Map<String, String> planGain = new java.util.HashMap<>();
    for (String row : Files.readAllLines(results.resolve("plan.csv")).subList(1, Files.readAllLines(
        results.resolve("plan.csv")).size())) {
      planGain.put(row.split(",")[0], row.split(",")[5]);
    }
    for (String row : whatIf.subList(1, whatIf.size())) {
      String[] f = row.split(",");
      assertEquals(Double.parseDouble(planGain.get(f[0])), Double.parseDouble(f[4]), 1e-4, row);
    }
    assertEquals("twin", new ObjectMapper().readTree(results.resolve("summary.json").toFile()).get("plan_gains").asText());
    List<String> plan = Files.readAllLines(results.resolve("plan.csv"));
    assertTrue(plan.size() > 1, "the tiny city has findings with remedies");
    double previous = Double.MAX_VALUE;
    for (int i = 1; i < plan.size(); i++) {
      String[] f = plan.get(i).split(",");
      double perCost = Double.parseDouble(f[5]) / Double.parseDouble(f[6]);
      assertTrue(perCost <= previous + 1e-4, "priority by gain per cost (gains written to 4 decimals): " + plan.get(i));
      assertEquals(String.valueOf(i), f[7]);
      previous = perCost;
    }
    // what each budget buys: at least what taking plan.csv's rows in priority order buys (skipping an alternative
    // of one taken: same finding and target), at most all the positive gains together
    JsonNode curve = new ObjectMapper().readTree(results.resolve("summary.json").toFile()).get("plan_budget_curve");
    assertEquals(12, curve.size());
    double before = 0;
    for (JsonNode point : curve) {
      int budget = point.get("budget").asInt();
      double bought = point.get("expected_nps_gain").asDouble();
      double greedy = 0;
      double all = 0;
      double spent = 0;
      java.util.Set<String> taken = new java.util.HashSet<>();
      for (String row : plan.subList(1, plan.size())) {
        String[] f = row.split(",");
        double gain = Double.parseDouble(f[5]);
        double cost = Double.parseDouble(f[6]);
        all += Math.max(0, gain);
        boolean alone = f[2].equals("new_site") || f[2].equals("device_campaign");
        if (gain > 0 && spent + cost <= budget && (alone || taken.add(f[1] + "|" + f[3]))) {
          greedy += gain;
          spent += cost;
        }
      }
      assertTrue(bought >= greedy - 1e-3 && bought <= all + 1e-3,
          budget + ": " + bought + " vs " + greedy + ", " + all);
      assertTrue(bought >= before, "more budget never buys less: " + curve);
      before = bought;
    }
  }
}
