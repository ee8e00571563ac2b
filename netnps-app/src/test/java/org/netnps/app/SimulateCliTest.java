package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** netnps simulate and netnps whatif as a user runs them. */
class SimulateCliTest {
  @TempDir
  Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private Path simulate(String name, String seed) {
    Path dir = tmp.resolve(name);
    assertEquals(0, Main.run("simulate", "--preset", "tiny", "--seed", seed, "--subscribers", "400", "--days", "3",
        "--out", dir.toString()), err.toString(StandardCharsets.UTF_8));
    return dir;
  }

  @Test
  void aSimulatedCityValidatesWithZeroRejectsAndKeepsItsTruthOutside() throws Exception {
    Path ds = simulate("city", "5");
    out.reset();
    assertEquals(0, Main.run("validate", ds.toString(), "--json"));
    JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(0, report.get("rejected").asInt());
    assertTrue(report.get("accepted").asLong() > 100_000);
    for (String f : List.of("cells.csv", "subscribers.csv", "alarms.csv", "surveys.csv", "complaints.csv", "dataset.json")) {
      assertTrue(Files.exists(ds.resolve(f)), f);
    }
    Path truth = tmp.resolve("city.truth");
    for (String f : List.of("problems.csv", "surveys.csv", "subscribers.csv", "summary.json", "scenario.json")) {
      assertTrue(Files.exists(truth.resolve(f)), f);
    }
    try (Stream<Path> inside = Files.walk(ds)) {
      assertTrue(inside.noneMatch(p -> p.getFileName().toString().contains("truth")));
    }
    assertTrue(new ObjectMapper().readTree(truth.resolve("summary.json").toFile()).has("true_network_nps"));
  }

  @Test
  void evenAnOverloadedCityWritesOnlyValidRows() throws Exception {
    Path scenario = tmp.resolve("overload.json");
    Files.writeString(scenario, """
        {"preset": "tiny", "seed": 3, "subscribers": 600, "days": 2, "preset_problems": true, "problems": [
          {"type": "event_congestion", "cells": ["S0001L1", "S0001L2", "S0001L3", "S0002L1", "S0002L2", "S0002L3"],
           "start": "2026-03-01T16:00:00Z", "end": "2026-03-03T16:00:00Z", "magnitude": 6},
          {"type": "transport_congestion", "site": "S0003", "start": "2026-03-01T16:00:00Z",
           "end": "2026-03-03T16:00:00Z", "magnitude": 900},
          {"type": "external_interference", "cells": ["S0004L1"], "start": "2026-03-01T16:00:00Z",
           "end": "2026-03-03T16:00:00Z", "magnitude": 30}]}
        """);
    Path ds = tmp.resolve("overload");
    assertEquals(0, Main.run("simulate", "--scenario", scenario.toString(), "--out", ds.toString()),
        err.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(0, Main.run("validate", ds.toString()), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sameSeedSameBytes() throws Exception {
    Path a = simulate("a", "9");
    Path b = simulate("b", "9");
    try (Stream<Path> files = Files.walk(a)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path other = b.resolve(a.relativize(f));
        if (f.getFileName().toString().equals("dataset.json")) {
          continue; // same content; written by Jackson
        }
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(other), f.toString());
      }
    }
  }

  @Test
  void whatIfReplaysTheDatasetsScenarioWithAPlan() throws Exception {
    Path ds = simulate("w", "4");
    Path plan = tmp.resolve("plan.csv");
    String outage = Files.readAllLines(tmp.resolve("w.truth/problems.csv")).stream()
        .filter(l -> l.contains(",site_outage,")).findFirst().orElseThrow();
    String site = outage.split(",")[5];
    Files.writeString(plan, "action_id,finding_id,action,target,grid_id,expected_nps_gain,cost,priority\n"
        + "A1,F1,repair_fault," + site + ",,,,1\n");
    out.reset();
    assertEquals(0, Main.run("whatif", ds.toString(), "--actions", plan.toString(), "--json"));
    JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertTrue(r.get("deltaNps").asDouble() > 0, r.toString());
    assertTrue(r.get("grids").size() > 0);
  }

  @Test
  void aBadPlanNamesFileLineFieldAndValue() throws Exception {
    Path ds = simulate("bad", "4");
    Path plan = tmp.resolve("plan.csv");
    Files.writeString(plan, "action_id,action,target\nA1,repair_fault,S0001\nA2,paint_mast,S0001\n");
    assertEquals(2, Main.run("whatif", ds.toString(), "--actions", plan.toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("plan.csv:3") && message.contains("action") && message.contains("paint_mast"), message);
  }

  @Test
  void anExistingOutputIsNotOverwrittenWithoutForce() throws Exception {
    Path ds = simulate("once", "1");
    assertEquals(2, Main.run("simulate", "--preset", "tiny", "--out", ds.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--force"));
  }
}
