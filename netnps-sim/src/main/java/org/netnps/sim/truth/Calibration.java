package org.netnps.sim.truth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;

/**
 * Figures of a run to hold against published ranges (docs/simulator.md, realism tests): RSRP
 * and SINR distributions, busy-hour SINR, voice drop and setup failure rates, PRB utilisation by
 * local hour and across cells in the busy hour, video stall ratio and start delay, web page load
 * time, traffic share by service, data use per subscriber, complaints per 1,000 subscribers.
 */
public final class Calibration {
  private final Histogram rsrp = new Histogram(-150, 0.5, 260);
  private final Histogram sinr = new Histogram(-25, 0.5, 130);
  private final Histogram busySinr = new Histogram(-25, 0.5, 130);
  private final Histogram pageLoad = new Histogram(0, 100, 600);
  private final Histogram busyPrb = new Histogram(0, 0.01, 101);
  private final double[] prbByHour = new double[24];
  private final long[] prbSamples = new long[24];
  private final double[] bytesByService = new double[Service.values().length];
  private final int utcOffsetHours;
  private long calls;
  private long callsFailed;
  private long callsDropped;
  private long videos;
  private long videosWithStall;
  private double stallMs;
  private double playMs;
  private double startDelayMs;
  private long complaints;

  public Calibration(int utcOffsetHours) {
    this.utcOffsetHours = utcOffsetHours;
  }

  public void session(XdrRecord x) {
    rsrp.add(x.rsrpDbm);
    sinr.add(x.sinrDb);
    int hour = localHour(x.startTime);
    if (hour >= 20 && hour < 23) {
      busySinr.add(x.sinrDb);
    }
    if (x.dlBytes > 0) {
      bytesByService[x.service.ordinal()] += x.dlBytes;
    }
    switch (x.service) {
      case VOICE -> {
        calls++;
        callsFailed += x.callResult == CallResult.FAILED ? 1 : 0;
        callsDropped += x.callResult == CallResult.DROPPED ? 1 : 0;
      }
      case VIDEO -> {
        if (x.bitrateKbps > 0) {
          videos++;
          videosWithStall += x.stallCount > 0 ? 1 : 0;
          stallMs += x.stallMs;
          playMs += Math.max(0, x.durationMs - x.startDelayMs - x.stallMs);
          startDelayMs += x.startDelayMs;
        }
      }
      case WEB -> pageLoad.add(x.pageLoadMs);
      default -> { }
    }
  }

  /** PRB utilisation of one cell in one 15-minute bin starting at a time. */
  public void prb(long binStart, double utilisation) {
    int hour = localHour(binStart);
    prbByHour[hour] += utilisation;
    prbSamples[hour]++;
  }

  /** A cell's utilisation in its busiest hour of a day. */
  public void busyHourPrb(double utilisation) {
    busyPrb.add(utilisation);
  }

  public void complaint() {
    complaints++;
  }

  public Map<String, Object> figures(int subscribers, int days, long noService, long sessions) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rsrp_dbm", Map.of("p5", rsrp.quantile(0.05), "p50", rsrp.quantile(0.5), "p95", rsrp.quantile(0.95)));
    m.put("sinr_db", Map.of("p5", sinr.quantile(0.05), "p50", sinr.quantile(0.5), "p95", sinr.quantile(0.95),
        "busy_hour_p50", busySinr.quantile(0.5)));
    m.put("voice_drop_rate", ratio(callsDropped, calls - callsFailed));
    m.put("voice_setup_failure_rate", ratio(callsFailed, calls));
    List<Double> hourly = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hourly.add(prbSamples[h] == 0 ? 0 : Math.round(1000 * prbByHour[h] / prbSamples[h]) / 1000.0);
    }
    m.put("prb_utilisation_mean_by_local_hour", hourly);
    m.put("busy_hour_prb_utilisation", Map.of("p50", busyPrb.quantile(0.5), "share_above_0_8",
        1 - busyPrb.cdf(0.8)));
    m.put("video_stall_ratio", stallMs / Math.max(1, playMs + stallMs));
    m.put("video_sessions_with_stall", ratio(videosWithStall, videos));
    m.put("video_mean_start_delay_s", videos == 0 ? 0 : startDelayMs / videos / 1000);
    m.put("web_page_load_s_p50", pageLoad.quantile(0.5) / 1000);
    double total = 0;
    for (double b : bytesByService) {
      total += b;
    }
    Map<String, Object> shares = new LinkedHashMap<>();
    for (Service s : Service.values()) {
      shares.put(s.code(), total == 0 ? 0 : bytesByService[s.ordinal()] / total);
    }
    m.put("traffic_share_by_service", shares);
    m.put("dou_gb_per_month", total / 1e9 / subscribers / days * 30);
    m.put("no_service_share_of_sessions", ratio(noService, sessions));
    m.put("complaints_per_1000_subscribers_per_month", 1000.0 * complaints / subscribers / days * 30);
    return m;
  }

  private int localHour(long epochMs) {
    return (int) Math.floorMod(epochMs / 3_600_000L + utcOffsetHours, 24);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** A fixed-bin histogram for quantiles of large streams. */
  static final class Histogram {
    private final double low;
    private final double width;
    private final long[] counts;
    private long n;

    Histogram(double low, double width, int bins) {
      this.low = low;
      this.width = width;
      this.counts = new long[bins];
    }

    void add(double v) {
      if (Double.isNaN(v)) {
        return;
      }
      int b = (int) Math.floor((v - low) / width);
      counts[Math.max(0, Math.min(counts.length - 1, b))]++;
      n++;
    }

    double quantile(double q) {
      if (n == 0) {
        return Double.NaN;
      }
      long target = (long) Math.ceil(q * n);
      long seen = 0;
      for (int b = 0; b < counts.length; b++) {
        seen += counts[b];
        if (seen >= target) {
          return Math.round((low + (b + 0.5) * width) * 100) / 100.0;
        }
      }
      return low + counts.length * width;
    }

    double cdf(double v) {
      long below = 0;
      for (int b = 0; b < counts.length && low + (b + 1) * width <= v + 1e-9; b++) {
        below += counts[b];
      }
      return n == 0 ? 0 : (double) below / n;
    }
  }
}
