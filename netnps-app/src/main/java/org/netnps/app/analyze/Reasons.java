package org.netnps.app.analyze;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.netnps.core.domain.Service;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.FeatureSet;
import org.netnps.core.experience.FeatureSet.Feature;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.qoe.PoorReason;
import org.netnps.core.qoe.QoeThresholds;
import org.netnps.io.scan.ScanResult;

/**
 * Turns a subscriber's TreeSHAP contributions into reasons tied to concrete events: the features
 * that push most towards detractor, each worded from the subscriber's own poor events in the
 * window ("3 dropped calls on cell C0101, Tue 18-20h") or from the measured value.
 */
final class Reasons {
  /** Contributions below this (log-odds) are not worth a reason. */
  static final double MIN_CONTRIBUTION = 0.05;
  /** Hours a reason's time of day spans at most before it names the busiest ones instead. */
  private static final int HOUR_SPAN = 3;
  private final ScanResult scan;
  private final FeatureSet set;
  private final ZoneId zone;
  private final int[] start;
  private final int[] index;
  private final int fromDay;
  private final int endDay;
  private final QoeThresholds thresholds;

  Reasons(ScanResult scan, FeatureSet set, ZoneId zone, int fromDay, int endDay, QoeThresholds thresholds) {
    this.scan = scan;
    this.thresholds = thresholds;
    this.set = set;
    this.zone = zone;
    int[][] by = scan.poorEvents().bySubscriber(scan.subscribers());
    this.start = by[0];
    this.index = by[1];
    this.fromDay = fromDay;
    this.endDay = endDay;
  }

  /** A reason: the feature, its contribution and the words. */
  record Reason(String feature, double contribution, String text) {}

  /** Up to {@code max} reasons, strongest first. */
  List<Reason> top(int subscriber, float[] contributions, float[] x, int max) {
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < set.size(); j++) {
      if (contributions[j] >= MIN_CONTRIBUTION) {
        order.add(j);
      }
    }
    order.sort((a, b) -> Float.compare(contributions[b], contributions[a]));
    List<Reason> out = new ArrayList<>();
    Set<String> said = new HashSet<>();
    for (int j : order) {
      if (out.size() == max) {
        break;
      }
      String text = words(subscriber, set.features().get(j), x[j]);
      if (said.add(text)) {   // several features can point at the same events: say them once
        out.add(new Reason(set.features().get(j).name(), contributions[j], text));
      }
    }
    return out;
  }

  private String words(int subscriber, Feature f, float value) {
    if (f.reason() != null) {
      return events(subscriber, e -> scan.poorEvents().reason(e) == f.reason(), f.reason());
    }
    String name = f.name();
    for (Service s : Service.values()) {
      if (name.startsWith(s.code() + "_") && !name.endsWith("_sessions")) {
        return events(subscriber, e -> scan.poorEvents().reason(e).service() == s, null);
      }
    }
    return switch (name) {
      case "poor_total", "poor_rate", "worst_day_poor", "recent_poor", "mos_p10", "deficit", "deficit_recent",
          "severe", "severe_recent", "worst_day_deficit" -> events(subscriber, e -> true, null);
      case "stall_s" -> events(subscriber, e -> scan.poorEvents().reason(e) == PoorReason.VIDEO_STALLING, PoorReason.VIDEO_STALLING);
      case "weak_rsrp_share" -> String.format(Locale.ROOT, "weak coverage (RSRP below %.0f dBm) in %.0f%% of session time%s",
          thresholds.weakRsrpDbm(), 100 * value, mainCell(subscriber));
      case "low_sinr_share" -> String.format(Locale.ROOT, "low SINR (below %.0f dB) in %.0f%% of session time%s",
          thresholds.lowSinrDb(), 100 * value, mainCell(subscriber));
      case "thp_p10_kbps", "thp_p50_kbps" -> String.format(Locale.ROOT, "slow data: %s throughput about %.1f Mbit/s%s",
          name.contains("p10") ? "worst-tenth" : "median", value / 1000, mainCell(subscriber));
      case "complaints_network" -> String.format(Locale.ROOT, "%.0f network complaint(s)", value);
      case "complaints_other" -> String.format(Locale.ROOT, "%.0f non-network complaint(s)", value);
      case "tenure_months" -> String.format(Locale.ROOT, "tenure %.0f months", value);
      case "arpu" -> String.format(Locale.ROOT, "ARPU %.0f a month", value);
      case "device_5g" -> value > 0.5 ? "5G device" : "4G-only device";
      case "dou_gb" -> String.format(Locale.ROOT, "data use %.1f GB a month", value);
      case "active_days" -> String.format(Locale.ROOT, "active on %.0f%% of days", 100 * value);
      default -> name.startsWith("plan=") ? (value > 0.5 ? "on plan " : "not on plan ") + name.substring(5)
          : String.format(Locale.ROOT, "%s = %.3g", name, value);
    };
  }

  /** The subscriber's matching poor events in the window, at the cell with most of them. */
  private String events(int subscriber, IntPredicate matches, PoorReason only) {
    PoorEvents ev = scan.poorEvents();
    Map<Integer, List<Integer>> byCell = new HashMap<>();
    for (int j = start[subscriber]; j < start[subscriber + 1]; j++) {
      int e = index[j];
      int day = ExperienceAccumulator.dayOf(ev.startMs(e));
      if (day >= fromDay && day < endDay && matches.test(e)) {
        byCell.computeIfAbsent(ev.cell(e), c -> new ArrayList<>()).add(e);
      }
    }
    if (byCell.isEmpty()) {
      return only == null ? "no poor events in the window" : "no " + only.label() + "s in the window";
    }
    // the cell with most events, the lower cell index on a tie; the reason likewise (by its order):
    // one answer whatever the iteration order of the maps
    int worstCell = byCell.keySet().stream().max((a, b) -> byCell.get(a).size() != byCell.get(b).size()
        ? byCell.get(a).size() - byCell.get(b).size() : Integer.compare(b, a)).orElseThrow();
    List<Integer> worst = byCell.get(worstCell);
    Map<PoorReason, Integer> kinds = new EnumMap<>(PoorReason.class);
    Set<String> days = new HashSet<>();
    int[] byHour = new int[24];
    String oneDay = null;
    for (int e : worst) {
      kinds.merge(ev.reason(e), 1, Integer::sum);
      ZonedDateTime t = Instant.ofEpochMilli(ev.startMs(e)).atZone(zone);
      days.add(t.toLocalDate().toString());
      oneDay = t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + t.toLocalDate();
      byHour[t.getHour()]++;
    }
    PoorReason main = kinds.entrySet().stream().max((a, b) -> !a.getValue().equals(b.getValue())
        ? a.getValue() - b.getValue() : b.getKey().compareTo(a.getKey())).orElseThrow().getKey();
    String what = kinds.size() == 1 ? main.count(worst.size())
        : worst.size() + " poor sessions (mostly " + main.label() + "s)";
    String when = days.size() == 1 ? oneDay : "over " + days.size() + " days";
    return String.format(Locale.ROOT, "%s on cell %s, %s %s", what,
        scan.cells().get(ev.cell(worst.get(0))).cellId(), when, hours(byHour, worst.size()));
  }

  /** "18-20h" when the events span at most 3 hours, else the busiest 3 hours: "mostly 18-21h". */
  static String hours(int[] byHour, int total) {
    int first = -1;
    int last = -1;
    for (int h = 0; h < 24; h++) {
      if (byHour[h] > 0) {
        first = first < 0 ? h : first;
        last = h;
      }
    }
    if (last - first < HOUR_SPAN) {
      return String.format(Locale.ROOT, "%02d-%02dh", first, last + 1);
    }
    int best = 0;
    int bestCount = -1;
    for (int h = 0; h + HOUR_SPAN <= 24; h++) {
      int c = 0;
      for (int k = h; k < h + HOUR_SPAN; k++) {
        c += byHour[k];
      }
      if (c > bestCount) {
        best = h;
        bestCount = c;
      }
    }
    return String.format(Locale.ROOT, "mostly %02d-%02dh (%d of %d)", best, best + HOUR_SPAN, bestCount, total);
  }

  private String mainCell(int subscriber) {
    long cell = scan.profiles()[subscriber].cells().busiest();
    return cell < 0 ? "" : ", mostly on cell " + scan.cells().get((int) cell).cellId();
  }
}
