package org.netnps.app.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netnps.core.UserException;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.World;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemType;

/**
 * Scenario files (JSON): {@code {"preset": "small", "seed": 7, "subscribers": 5000, "days": 3,
 * "problems": [{"type": "cell_outage", "cells": ["S0003L1"], "start": "...", "end": "..."}],
 * "preset_problems": false}}. Problems given in a file replace the preset's mix unless
 * preset_problems is true. A run writes its resolved scenario (every problem spelled out) beside
 * the truth, so {@code whatif} can replay it exactly.
 */
public final class ScenarioFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScenarioFile() {}

  public static Scenario read(Path file) {
    JsonNode n;
    try {
      n = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UserException(file + ": not a readable scenario JSON file: " + e.getMessage());
    }
    try {
      Preset preset = Preset.ofName(text(n, "preset", "small"));
      Scenario s = Scenario.of(preset, n.path("seed").asLong(1));
      s = s.withSize(n.path("subscribers").asInt(preset.subscribers), n.path("days").asInt(preset.days));
      s = s.withSurveyResponseBias(n.path("survey_response_bias").asDouble(0));
      if (n.has("problems")) {
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        for (JsonNode p : n.get("problems")) {
          problems.add(problem(p, ++i));
        }
        if (n.path("preset_problems").asBoolean(false)) {
          List<Problem> all = new ArrayList<>(World.build(s).problems());
          all.addAll(problems);
          problems = all;
        }
        s = s.withProblems(problems);
      }
      return s;
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new UserException(file + ": " + e.getMessage());
    }
  }

  /** The resolved scenario: what was run, with every problem, as JSON. */
  public static void write(Scenario s, List<Problem> problems, Path file) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("preset", s.preset().name().toLowerCase());
    n.put("seed", s.seed());
    n.put("subscribers", s.subscribers());
    n.put("days", s.days());
    n.put("survey_response_bias", s.surveyResponseBias());
    ArrayNode list = n.putArray("problems");
    for (Problem p : problems) {
      ObjectNode o = list.addObject();
      o.put("id", p.id());
      o.put("type", p.type().code());
      ArrayNode cells = o.putArray("cells");
      p.cellIds().forEach(cells::add);
      o.put("site", p.siteId());
      o.put("device_model", p.deviceModel());
      o.put("start", Instant.ofEpochMilli(p.start()).toString());
      o.put("end", Instant.ofEpochMilli(p.end()).toString());
      o.put("magnitude", p.magnitude());
      if (!Double.isNaN(p.x())) {
        o.put("x_m", p.x());
        o.put("y_m", p.y());
      }
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), n);
  }

  private static Problem problem(JsonNode p, int index) {
    ProblemType type = ProblemType.ofCode(text(p, "type", null));
    List<String> cells = new ArrayList<>();
    p.path("cells").forEach(c -> cells.add(c.asText()));
    long start = Instant.parse(text(p, "start", null)).toEpochMilli();
    long end = Instant.parse(text(p, "end", null)).toEpochMilli();
    if (end <= start) {
      throw new IllegalArgumentException("problem " + index + ": end must be after start");
    }
    return new Problem(text(p, "id", String.format("P%03d", index)), type, cells, optional(p, "site"),
        optional(p, "device_model"), p.path("x_m").asDouble(Double.NaN), p.path("y_m").asDouble(Double.NaN),
        start, end, p.path("magnitude").asDouble(defaultMagnitude(type)));
  }

  private static double defaultMagnitude(ProblemType type) {
    return switch (type) {
      case EVENT_CONGESTION -> 0.9;
      case MIS_TILT -> 8;
      case EXTERNAL_INTERFERENCE -> 12;
      case TRANSPORT_CONGESTION -> 150;
      case DEVICE_DEFECT -> 6;
      case HANDOVER_FAILURE -> 0.25;
      default -> 0;
    };
  }

  private static String optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }

  private static String text(JsonNode n, String field, String fallback) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (fallback == null) {
        throw new IllegalArgumentException("missing field '" + field + "'");
      }
      return fallback;
    }
    return v.asText();
  }
}
