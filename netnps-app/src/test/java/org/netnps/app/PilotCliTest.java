package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** netnps pilot on a tiny city: both plans replayed through SRCON, the comparison as JSON. */
class PilotCliTest {

  @Test
  void thePilotComparesNetnpsPlanWithTheClassicOneOnTheSameBudget() throws Exception {
    JsonNode r = pilotJson("--seed", "2", "--baseline-days", "8", "--post-days", "2", "--twin-days", "2", "--refine");
    for (String plan : List.of("netnps", "baseline")) {
      for (String key : List.of("delta_nps", "delta_dou_pct", "delta_complaints_pct", "delta_revenue_pct")) {
        assertTrue(r.get(plan).get(key).isNumber(), plan + "." + key + " in " + r);
        assertTrue(Math.abs(r.get(plan).get(key).asDouble()) < 100, plan + "." + key + " in " + r);
      }
    }
    // the budget curve: what each budget buys by the expected gains, the pilot's budget (16) among them
    JsonNode curve = r.get("budget_curve");
    double before = 0;
    JsonNode atBudget = null;
    for (JsonNode p : curve) {
      int budget = p.get("budget").asInt();
      assertTrue(p.get("netnps").asDouble() >= before, "more budget never buys less: " + curve);
      before = p.get("netnps").asDouble();
      assertTrue(p.get("baseline_carriers").asInt() <= budget / 8, p.toString());
      assertTrue(p.get("baseline_carriers_valued").asInt() <= p.get("baseline_carriers").asInt(), p.toString());
      if (budget == 16) {
        atBudget = p;
      }
    }
    assertTrue(atBudget != null, "the pilot's budget on the curve: " + curve);
    JsonNode expected = r.get("expected");
    JsonNode refined = expected.get("refined");
    if (refined.path("dropped").isEmpty() && refined.path("added").isEmpty()) {
      assertEquals(expected.get("netnps").asDouble(), atBudget.get("netnps").asDouble(), 1e-9);
    } else {
      assertTrue(expected.get("netnps").asDouble() <= atBudget.get("netnps").asDouble() + 1e-9,
          "chosen again on revalued gains, the single gains sum to at most the best selection's");
    }
    assertEquals(expected.get("baseline").asDouble(), atBudget.get("baseline").asDouble(), 1e-9);

    // the plans as a whole on the twin, the chosen one checked action by action (--refine)
    for (String key : List.of("netnps_whole", "netnps_whole_by_behaviour", "baseline_whole",
        "baseline_whole_by_behaviour")) {
      assertTrue(expected.get(key).isNumber(), key + " in " + expected);
    }
    assertTrue(refined.get("kept_whole").asDouble() >= refined.get("first_whole").asDouble(), refined.toString());
    assertEquals(refined.get("kept_whole").asDouble(), expected.get("netnps_whole").asDouble(), 1e-12);
    assertTrue(refined.get("runs").asInt() >= refined.get("marginal").size() + 2, "the base, the plan and one run "
        + "without each action: " + refined);
    JsonNode agreement = r.get("response_agreement");
    assertTrue(agreement.get("candidates").asInt() >= 1, agreement.toString());
    int candidates = 0;
    for (JsonNode a : agreement.get("by_action")) {
      candidates += a.get("candidates").asInt();
    }
    assertEquals(agreement.get("candidates").asInt(), candidates, agreement.toString());
  }

  @Test
  void withVerifyTheLoopIsClosedOnTheRunWithTheActionsAndOnAPlacebo() throws Exception {
    // 10 baseline days: the 7-day feature window is full from day 7, so 3 days are compared before the actions
    // (seed 3: the model's plan has actions on this tiny city)
    JsonNode r = pilotJson("--seed", "3", "--baseline-days", "10", "--post-days", "3", "--verify", "--gains", "model");
    for (String run : List.of("verification", "placebo")) {
      JsonNode list = r.get(run);
      assertTrue(list.size() >= 1, run + " in " + r);
      int measured = 0;
      for (JsonNode a : list) {
        if (a.has("refused")) {
          assertTrue(a.get("refused").asText().contains(a.get("action_id").asText()), a.toString());
          continue;
        }
        measured++;
        int effects = 0;
        for (String metric : List.of("expected_nps", "poor_rate", "mb_per_subscriber_hour", "complaints", "revenue")) {
          JsonNode e = a.get(metric);
          if (e != null) {
            effects++;
            assertTrue(e.get("lo").asDouble() <= e.get("estimate").asDouble()
                && e.get("estimate").asDouble() <= e.get("hi").asDouble(), a.toString());
          }
        }
        assertTrue(effects >= 1, a.toString());
        assertTrue(a.get("verified").isBoolean(), a.toString());
      }
      assertTrue(measured >= 1, "some action is measured, not only refused: " + list);
    }
    assertEquals(texts(r.get("verification")), texts(r.get("placebo")), "the same actions in both runs");
    for (String run : List.of("plan_verification", "plan_placebo")) {
      JsonNode plan = r.get(run);
      assertTrue(plan != null && plan.isObject(), run + " in " + r);
      if (plan.has("refused")) {
        assertFalse(plan.get("refused").asText().isBlank(), plan.toString());
        continue;
      }
      assertTrue(plan.get("verified").isBoolean(), plan.toString());
      assertTrue(plan.get("treated_units").asInt() >= 1, plan.toString());
      JsonNode e = plan.get("expected_nps");
      assertTrue(e.get("lo").asDouble() <= e.get("estimate").asDouble()
          && e.get("estimate").asDouble() <= e.get("hi").asDouble(), plan.toString());
      assertTrue(plan.get("left_out").isObject(), plan.toString());
    }
    JsonNode spill = r.get("spillover");   // the runs with and without the plan compared unit by unit
    assertTrue(spill != null && spill.isObject(), "spillover in " + r);
    if (spill.has("refused")) {
      assertFalse(spill.get("refused").asText().isBlank(), spill.toString());
    } else {
      for (String part : List.of("treated_true_effect", "held_out_spillover")) {
        JsonNode e = spill.get(part);
        assertTrue(e.get("lo").asDouble() <= e.get("estimate").asDouble()
            && e.get("estimate").asDouble() <= e.get("hi").asDouble() && e.get("units").asInt() >= 2, spill.toString());
      }
    }
  }

  /** The pilot on a tiny city (budget 16) with --json and the given options. */
  private static JsonNode pilotJson(String... options) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("pilot", "--preset", "tiny", "--budget", "16", "--threads",
        "2", "--json"));
    args.addAll(List.of(options));
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args.toArray(new String[0])));
    } finally {
      System.setOut(original);
    }
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  private static List<String> texts(JsonNode list) {
    return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.get("action_id").asText()).toList();
  }

  @Test
  void verifyingWithoutTwoFullWindowDaysBeforeTheActionsIsRefused() {
    assertEquals(Main.EXIT_USER_ERROR, Main.run("pilot", "--preset", "tiny", "--baseline-days", "8", "--verify"));
  }

  @Test
  void aTwinWithoutDaysIsRefused() {
    assertEquals(Main.EXIT_USER_ERROR, Main.run("pilot", "--preset", "tiny", "--twin-days", "0"));
  }

  @Test
  void anUnknownSourceOfGainsIsRefused() {
    assertEquals(Main.EXIT_USER_ERROR, Main.run("pilot", "--preset", "tiny", "--gains", "oracle"));
  }

  @Test
  void aBaselineTooShortForTheModelIsRefused() {
    assertEquals(Main.EXIT_USER_ERROR, Main.run("pilot", "--preset", "tiny", "--baseline-days", "3"));
  }
}
