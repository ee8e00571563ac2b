package org.netnps.app.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Injected problems (truth problems.csv) against findings.csv and plan.csv: a problem is found
 * when a finding has its cause, its place (one of its cells, or a cell of its site; the device
 * model for devices) and an overlapping window; it is planned right when that finding's plan has
 * the problem's expected action. Findings that match no injected problem are counted by cause.
 */
final class FindingsMatch {
  private FindingsMatch() {}

  static Map<String, Object> evaluate(Path results, Path truth, Path dataset) {
    DiagnosisFiles files = DiagnosisFiles.read(results, truth, dataset);
    if (files == null) {
      return Map.of();
    }
    SimpleCsv problems = files.problems();
    SimpleCsv findings = files.findings();
    SimpleCsv plan = new SimpleCsv(results.resolve("plan.csv"));
    Map<String, String> siteOf = files.siteOf();
    Map<String, Set<String>> actionsOf = new HashMap<>();
    for (String[] a : plan.rows) {
      actionsOf.computeIfAbsent(a[plan.column("finding_id")], k -> new HashSet<>()).add(a[plan.column("action")]);
    }
    Set<String> matched = new HashSet<>();
    int found = 0;
    int planned = 0;
    List<String> missed = new ArrayList<>();
    Map<String, int[]> byType = new TreeMap<>();
    for (String[] p : problems.rows) {
      String cause = p[problems.column("cause")];
      String cellIds = p[problems.column("cell_ids")];
      Set<String> pCells = cellIds.isEmpty() ? Set.of() : Set.of(cellIds.split(" "));
      String site = p[problems.column("site_id")];
      if (site.isEmpty() && !pCells.isEmpty()) {
        site = siteOf.get(pCells.iterator().next());
      }
      String device = p[problems.column("device_model")];
      String start = p[problems.column("start")];
      String end = p[problems.column("end")];
      String hit = null;
      for (String[] f : findings.rows) {
        if (!f[findings.column("cause")].equals(cause)) {
          continue;
        }
        String cell = f[findings.column("cell_id")];
        boolean place = cause.equals("device") ? f[findings.column("device_model")].equals(device)
            : pCells.contains(cell) || (site != null && site.equals(siteOf.get(cell)));
        boolean time = f[findings.column("start")].compareTo(end) < 0 && start.compareTo(f[findings.column("end")]) < 0;
        if (place && time) {
          hit = f[findings.column("finding_id")];
          break;
        }
      }
      int[] t = byType.computeIfAbsent(p[problems.column("type")], k -> new int[3]);
      t[0]++;
      if (hit == null) {
        missed.add(p[problems.column("problem_id")] + " " + p[problems.column("type")]);
        continue;
      }
      found++;
      t[1]++;
      matched.add(hit);
      if (actionsOf.getOrDefault(hit, Set.of()).contains(p[problems.column("expected_action")])) {
        planned++;
        t[2]++;
      }
    }
    Map<String, Integer> unmatched = new TreeMap<>();
    for (String[] f : findings.rows) {
      if (!matched.contains(f[findings.column("finding_id")])) {
        unmatched.merge(f[findings.column("cause")], 1, Integer::sum);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("injected_problems", problems.rows.size());
    out.put("found", found);
    out.put("found_share", Math.round(1000.0 * found / Math.max(1, problems.rows.size())) / 1000.0);
    out.put("found_with_right_action", planned);
    Map<String, String> types = new LinkedHashMap<>();
    byType.forEach((k, v) -> types.put(k, v[1] + " of " + v[0] + " found, " + v[2] + " with the right action"));
    out.put("by_type", types);
    out.put("missed", missed);
    out.put("findings", findings.rows.size());
    out.put("findings_not_injected", unmatched);
    return out;
  }
}
