package org.netnps.core.experience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;

/**
 * The NPS model's inputs, computed from a window of day counters (features as of the window's
 * end) and the subscriber's attributes. Each feature is either a network experience or a
 * customer attribute, so the model's reasons and the network's share of detractor risk can be
 * told apart. Names are stable: saved models are checked against them.
 */
public final class FeatureSet {
  /** Whether a feature describes network experience or the customer. */
  public enum Kind { NETWORK, CUSTOMER }

  /** A feature's name, kind and, for event counts, the poor reason it counts. */
  public record Feature(String name, Kind kind, PoorReason reason) {}

  private static final int RECENT_DAYS = 2;
  /** Time constant of the recency weighting of deficits (days): experience fades in about a week. */
  private static final double RECENCY_DAYS = 7;
  private final List<Feature> features = new ArrayList<>();
  private final List<String> plans;
  private final int windowDays;

  /** @param plans the plan vocabulary (one indicator feature each) */
  public FeatureSet(List<String> plans, int windowDays) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("window_days must be >= 1, but was: " + windowDays);
    }
    this.plans = List.copyOf(plans);
    this.windowDays = windowDays;
    for (Service s : Service.values()) {
      String n = s.code();
      network(n + "_sessions");
      network(n + "_poor");
      network(n + "_poor_rate");
      network(n + "_mos");
    }
    for (PoorReason r : PoorReason.values()) {
      features.add(new Feature(r.code(), Kind.NETWORK, r));
    }
    for (String n : List.of("poor_total", "poor_rate", "worst_day_poor", "recent_poor", "stall_s",
        "mos_p10", "thp_p10_kbps", "thp_p50_kbps", "weak_rsrp_share", "low_sinr_share",
        "complaints_network", "dou_gb", "active_days", "deficit", "deficit_recent", "severe",
        "severe_recent", "worst_day_deficit")) {
      network(n);
    }
    customer("complaints_other");
    customer("tenure_months");
    customer("arpu");
    customer("device_5g");
    for (String p : this.plans) {
      customer("plan=" + p);
    }
  }

  public List<Feature> features() {
    return features;
  }

  public int size() {
    return features.size();
  }

  public List<String> names() {
    return features.stream().map(Feature::name).toList();
  }

  public List<String> plans() {
    return plans;
  }

  public int windowDays() {
    return windowDays;
  }

  /**
   * The feature vector of a window (one row of day counters per observed day, oldest first; a
   * window cut short by the start of the data has fewer rows). Counts are per week of observation
   * and usage per 30 days, so answers early in the data compare with later ones.
   */
  public float[] compute(float[][] window, SubscriberAttributes a) {
    float perWeek = window.length == 0 ? 0f : 7f / window.length;
    double weights = 0;
    float[] t = new float[DayField.FIELDS];
    double worstDay = 0;
    double recent = 0;
    double deficitRecent = 0;
    double severeRecent = 0;
    double worstDeficit = 0;
    int activeDays = 0;
    for (int d = 0; d < window.length; d++) {
      float[] day = window[d];
      double poorToday = 0;
      double sessionsToday = 0;
      for (int s = 0; s < DayField.SERVICES; s++) {
        poorToday += day[DayField.POOR + s];
        sessionsToday += day[DayField.SESSIONS + s];
      }
      worstDay = Math.max(worstDay, poorToday);
      double weight = Math.exp(-(window.length - 1 - d) / RECENCY_DAYS);
      weights += weight;
      deficitRecent += weight * day[DayField.DEFICIT];
      severeRecent += weight * day[DayField.SEVERE];
      worstDeficit = Math.max(worstDeficit, day[DayField.DEFICIT]);
      if (d >= window.length - RECENT_DAYS) {
        recent += poorToday;
      }
      if (sessionsToday > 0) {
        activeDays++;
      }
      for (int f = 0; f < DayField.FIELDS; f++) {
        t[f] += day[f];
      }
    }
    float[] x = new float[features.size()];
    int i = 0;
    double sessions = 0;
    double poor = 0;
    for (int s = 0; s < DayField.SERVICES; s++) {
      float n = t[DayField.SESSIONS + s];
      float p = t[DayField.POOR + s];
      sessions += n;
      poor += p;
      x[i++] = n * perWeek;
      x[i++] = p * perWeek;
      x[i++] = n > 0 ? p / n : Float.NaN;
      float m = t[DayField.MOS_N + s];
      x[i++] = m > 0 ? t[DayField.MOS_SUM + s] / m : Float.NaN;
    }
    for (int r = 0; r < PoorReason.values().length; r++) {
      x[i++] = t[DayField.REASON + r] * perWeek;
    }
    x[i++] = (float) poor * perWeek;
    x[i++] = sessions > 0 ? (float) (poor / sessions) : Float.NaN;
    x[i++] = (float) worstDay;
    x[i++] = (float) recent;
    x[i++] = t[DayField.STALL_S] * perWeek;
    x[i++] = (float) DayField.quantile(t, DayField.MOS_HIST, DayField.MOS_EDGES, 0.1, 5);
    x[i++] = (float) DayField.quantile(t, DayField.THP_HIST, DayField.THP_EDGES, 0.1, 100_000);
    x[i++] = (float) DayField.quantile(t, DayField.THP_HIST, DayField.THP_EDGES, 0.5, 100_000);
    x[i++] = t[DayField.RADIO_S] > 0 ? t[DayField.WEAK_RSRP_S] / t[DayField.RADIO_S] : Float.NaN;
    x[i++] = t[DayField.SINR_S] > 0 ? t[DayField.LOW_SINR_S] / t[DayField.SINR_S] : Float.NaN;
    x[i++] = t[DayField.COMPLAINTS_NETWORK] * perWeek;
    x[i++] = window.length == 0 ? 0f : t[DayField.DL_MB] / 1000f * 30f / window.length;
    x[i++] = window.length == 0 ? 0f : (float) activeDays / window.length;
    x[i++] = t[DayField.DEFICIT] * perWeek;
    x[i++] = weights > 0 ? (float) (7 * deficitRecent / weights) : 0f;
    x[i++] = t[DayField.SEVERE] * perWeek;
    x[i++] = weights > 0 ? (float) (7 * severeRecent / weights) : 0f;
    x[i++] = (float) worstDeficit;
    x[i++] = t[DayField.COMPLAINTS_OTHER] * perWeek;
    x[i++] = (float) a.tenureMonths();
    x[i++] = (float) a.arpu();
    x[i++] = (float) a.device5g();
    for (int p = 0; p < plans.size(); p++) {
      x[i++] = a.plan() < 0 ? Float.NaN : (a.plan() == p ? 1f : 0f);
    }
    return x;
  }

  private void network(String name) {
    features.add(new Feature(name.toLowerCase(Locale.ROOT), Kind.NETWORK, null));
  }

  private void customer(String name) {
    features.add(new Feature(name, Kind.CUSTOMER, null));
  }
}
