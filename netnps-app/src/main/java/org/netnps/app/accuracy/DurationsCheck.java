package org.netnps.app.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netnps.app.analyze.Diagnosis;
import org.netnps.core.diagnosis.ProblemDurations;

/**
 * How much longer the problems still going on at the end of the data went on in truth, against
 * what the twin expects of them ({@link ProblemDurations} over the findings of each cause, as
 * {@code TwinProblems} does), within the twin's horizon of 7 days: for every finding going on in
 * the data's last 24 hours that matches an injected problem going on then (its cause; one of its
 * cells, a cell of its site, or its device model). Only the causes the twin runs as problems
 * (fault, interference, transport, mobility, device; coverage and congestion are in its
 * configuration and load). An injected problem that ends exactly at the end of the simulated
 * period was cut off there (a device defect, interference of the last days): its true end is
 * unknown, so it is listed but left out of the errors; one scheduled beyond it ends when
 * scheduled. Beside it the error of running every such problem through the whole horizon, as the
 * twin did before 2026-11-27.
 */
final class DurationsCheck {
  static final double HOUR_MS = 3_600_000;
  static final double HORIZON_H = 7 * 24;
  /** A finding whose window reaches into the data's last day is going on, as the twin has it. */
  static final double ONGOING_H = Diagnosis.Finding.ONGOING_MS / HOUR_MS;
  /** The causes {@code TwinProblems} runs as problems. */
  static final Set<String> RUN_AS_PROBLEMS = Set.of("fault", "interference", "transport", "mobility", "device");

  private DurationsCheck() {}

  /** @param periodEnd the simulated period's end (hours since the epoch) */
  static Map<String, Object> evaluate(Path results, Path truth, Path dataset, JsonNode summary, double periodEnd) {
    DiagnosisFiles files = DiagnosisFiles.read(results, truth, dataset);
    if (files == null) {
      return Map.of();
    }
    SimpleCsv findings = files.findings();
    SimpleCsv problems = files.problems();
    Map<String, String> siteOf = files.siteOf();
    double dataEnd = hours(summary.path("period").path("end").asText());
    Map<String, List<String[]>> byCause = new HashMap<>();
    for (String[] f : findings.rows) {
      if (!RUN_AS_PROBLEMS.contains(f[findings.column("cause")])) {
        continue;
      }
      byCause.computeIfAbsent(f[findings.column("cause")], k -> new ArrayList<>()).add(f);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    double error = 0;
    double wholeRunError = 0;
    int compared = 0;
    for (Map.Entry<String, List<String[]>> e : byCause.entrySet()) {
      List<String[]> list = e.getValue();
      double[] starts = list.stream().mapToDouble(f -> hours(f[findings.column("start")])).toArray();
      double[] ends = list.stream().mapToDouble(f -> hours(f[findings.column("end")])).toArray();
      ProblemDurations durations = ProblemDurations.ofWindows(starts, ends, dataEnd, ONGOING_H);
      for (int i = 0; i < list.size(); i++) {
        if (ends[i] < dataEnd - ONGOING_H) {
          continue;
        }
        double trueEnd = trueEnd(list.get(i), findings, problems, siteOf, dataEnd);
        if (Double.isNaN(trueEnd)) {
          continue;
        }
        double expected = durations.expectedRemaining(dataEnd - starts[i], HORIZON_H);
        // a problem cut off by the end of the simulated period (a device defect, interference of its last days)
        // has an unknown true end: listed, left out of the errors
        boolean cutOff = Math.abs(trueEnd - periodEnd) < 1e-6;
        double actual = Math.min(HORIZON_H, Math.max(0, trueEnd - dataEnd));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("finding_id", list.get(i)[findings.column("finding_id")]);
        r.put("cause", e.getKey());
        r.put("age_h", round(dataEnd - starts[i]));
        r.put("expected_remaining_h", round(expected));
        r.put("true_remaining_h", cutOff ? null : round(actual));
        rows.add(r);
        if (!cutOff) {
          error += Math.abs(expected - actual);
          wholeRunError += HORIZON_H - actual;
          compared++;
        }
      }
    }
    rows.sort((a, b) -> ((String) a.get("finding_id")).compareTo((String) b.get("finding_id")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("horizon_h", HORIZON_H);
    out.put("problems", rows.size());
    out.put("compared", compared);   // the others were cut off by the end of the simulated period
    out.put("mean_abs_error_h", compared == 0 ? Double.NaN : round(error / compared));
    out.put("whole_horizon_mean_abs_error_h", compared == 0 ? Double.NaN : round(wholeRunError / compared));
    out.put("going_on", rows);
    return out;
  }

  /** The end (hours since the epoch) of the injected problem a finding going on at the data's end matches, or NaN. */
  private static double trueEnd(String[] f, SimpleCsv findings, SimpleCsv problems, Map<String, String> siteOf,
      double dataEnd) {
    String cause = f[findings.column("cause")];
    String cell = f[findings.column("cell_id")];
    double best = Double.NaN;
    for (String[] p : problems.rows) {
      if (!p[problems.column("cause")].equals(cause)) {
        continue;
      }
      String cells = p[problems.column("cell_ids")];
      String site = p[problems.column("site_id")];
      if (site.isEmpty() && !cells.isEmpty()) {   // a problem on cells is on their site, as FindingsMatch has it
        site = siteOf.getOrDefault(cells.split(" ")[0], "");
      }
      boolean place = cause.equals("device")
          ? p[problems.column("device_model")].equals(f[findings.column("device_model")])
          : List.of(cells.split(" ")).contains(cell) || !site.isEmpty() && site.equals(siteOf.get(cell));
      double end = hours(p[problems.column("end")]);
      if (place && hours(p[problems.column("start")]) < dataEnd && end >= dataEnd - ONGOING_H
          && !(end <= best)) {
        best = end;
      }
    }
    return best;
  }

  static double hours(String iso) {
    return Instant.parse(iso).toEpochMilli() / HOUR_MS;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
