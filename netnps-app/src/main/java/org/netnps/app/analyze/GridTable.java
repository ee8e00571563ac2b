package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.domain.Service;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.experience.Places;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.twin.GridHours;
import org.netnps.io.scan.GridVisits;
import org.netnps.io.scan.ScanResult;
import org.netnps.ml.NpsModel;

/**
 * grids.csv: per H3 cell (for the whole period, then per hour: the twin's grid x hour cube) the
 * subscribers and sessions there, the poor sessions, the expected NPS and detractors of its
 * subscribers, mean RSRP, SINR and throughput, the main serving cell, the revenue earned there
 * ({@link DayRevenue}), and (whole period) nps_impact, the network NPS points recovered if the
 * grid's poor events had not happened: those events are removed from the affected subscribers'
 * windows, the subscribers re-scored through the model, and the change summed over the whole base.
 */
final class GridTable {
  /**
   * One grid for the whole period (hourStartMs = {@link #WHOLE_PERIOD}) or one hour; expected
   * figures are NaN below the minimum group size, nps_impact is NaN on hourly rows.
   */
  record Row(long cell, String gridId, double lat, double lon, long hourStartMs, int subscribers, long sessions,
      long poorSessions, double expectedNps, double expectedDetractors, double npsImpact, double rsrpDbm,
      double sinrDb, double dlKbps, double dlMb, long complaints, String servingCell, long[] poorByService,
      double revenue) {}

  /** Poor sessions per service (Service order) of a grid over the period, or of one hour. */
  static long[] poorByService(GridHours gh, int row, int hour) {
    long[] out = new long[Service.values().length];
    if (row < 0) {
      return out;
    }
    for (Service sv : Service.values()) {
      GridHours.Field f = GridHours.Field.values()[GridHours.Field.POOR_WEB.ordinal() + sv.ordinal()];
      out[sv.ordinal()] = (long) (hour < 0 ? gh.total(row, f) : gh.get(row, hour, f));
    }
    return out;
  }

  static final long WHOLE_PERIOD = Long.MIN_VALUE;

  private GridTable() {}

  /** Whole-period rows ranked by nps_impact, then hourly rows by grid and hour. */
  static List<Row> build(ScanResult scan, ScoredBase base, DailyScores daily, FeatureBuilder fb, NpsModel model,
      GridIndexer grids, int minGroup) {
    Map<Long, double[]> agg = new HashMap<>();
    for (int i = 0; i < base.size(); i++) {
      Places places = scan.profiles()[base.subscribers()[i]].grids();
      for (int k = 0; k < places.size(); k++) {
        double[] a = agg.computeIfAbsent(places.key(k), g -> new double[5]);
        a[0]++;
        a[1] += places.sessions(k);
        a[2] += places.poor(k);
        a[3] += base.f()[i];
        a[4] += base.p()[i][0];
      }
    }
    Map<Long, Double> impact = impacts(scan, base, fb, model);
    GridHours gh = scan.gridHours();
    List<Row> hourly = hourly(scan, base, daily, grids, minGroup);
    Map<Long, Double> revenue = new HashMap<>();
    for (Row h : hourly) {
      revenue.merge(h.cell(), h.revenue(), Double::sum);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Long, double[]> e : agg.entrySet()) {
      double[] a = e.getValue();
      double[] c = grids.centre(e.getKey());
      boolean shown = a[0] >= minGroup;
      int r = gh.rowOf(e.getKey());
      rows.add(new Row(e.getKey(), grids.address(e.getKey()), c[0], c[1], WHOLE_PERIOD, (int) a[0], (long) a[1],
          (long) a[2], shown ? 100 * a[3] / a[0] : Double.NaN, shown ? a[4] : Double.NaN,
          impact.getOrDefault(e.getKey(), 0.0), mean(gh, r, GridHours.Field.RSRP_SUM, GridHours.Field.RSRP_N),
          mean(gh, r, GridHours.Field.SINR_SUM, GridHours.Field.SINR_N),
          mean(gh, r, GridHours.Field.THP_SUM, GridHours.Field.THP_N), r < 0 ? 0 : gh.total(r, GridHours.Field.DL_MB),
          r < 0 ? 0 : (long) gh.total(r, GridHours.Field.COMPLAINTS), mainCell(scan, gh, r), poorByService(gh, r, -1),
          revenue.getOrDefault(e.getKey(), 0.0)));
    }
    rows.sort((x, y) -> Double.compare(y.npsImpact(), x.npsImpact()));
    rows.addAll(hourly);
    return rows;
  }

  /**
   * Per grid and hour: distinct subscribers from the sorted visits, sums from the twin; expected
   * NPS and detractors from each subscriber's score as of the end of that hour's day; revenue
   * from every session there, scored subscriber or not.
   */
  private static List<Row> hourly(ScanResult scan, ScoredBase base, DailyScores daily, GridIndexer grids,
      int minGroup) {
    GridVisits v = scan.gridVisits();
    GridHours gh = scan.gridHours();
    v.sort();
    int[] rowOf = base.rowOfSubscriber(scan.subscribers());
    DayRevenue revenue = DayRevenue.of(scan);
    Map<Integer, double[]> centres = new HashMap<>();
    List<Row> out = new ArrayList<>();
    int i = 0;
    while (i < v.size()) {
      int j = i;
      int subscribers = 0;
      double f = 0;
      double pDet = 0;
      double earned = 0;
      int last = -1;
      int day = ExperienceAccumulator.dayOf(v.hourStartMs(i));
      boolean dated = daily.covers(day);
      while (j < v.size() && v.sameGridHour(i, j)) {
        int s = v.subscriber(j);
        earned += revenue.perSession(s, day);
        if (s != last && rowOf[s] >= 0) {
          int row = rowOf[s];
          double fs = dated ? daily.f(day, row) : Double.NaN;
          subscribers++;
          f += Double.isNaN(fs) ? base.f()[row] : fs;
          pDet += Double.isNaN(fs) ? base.p()[row][0] : daily.pDetractor(day, row);
        }
        last = s;
        j++;
      }
      int r = v.gridRow(i);
      long grid = gh.grid(r);
      int h = gh.hourOf(v.hourStartMs(i));
      double[] c = centres.computeIfAbsent(r, k -> grids.centre(grid));
      boolean shown = subscribers >= minGroup;
      int cell = gh.servingCell(r, h);
      out.add(new Row(grid, grids.address(grid), c[0], c[1], v.hourStartMs(i), subscribers,
          (long) gh.get(r, h, GridHours.Field.SESSIONS), (long) gh.poor(r, h), shown ? 100 * f / subscribers : Double.NaN,
          shown ? pDet : Double.NaN, Double.NaN, ratio(gh.get(r, h, GridHours.Field.RSRP_SUM), gh.get(r, h, GridHours.Field.RSRP_N)),
          ratio(gh.get(r, h, GridHours.Field.SINR_SUM), gh.get(r, h, GridHours.Field.SINR_N)),
          ratio(gh.get(r, h, GridHours.Field.THP_SUM), gh.get(r, h, GridHours.Field.THP_N)),
          gh.get(r, h, GridHours.Field.DL_MB), (long) gh.get(r, h, GridHours.Field.COMPLAINTS),
          cell < 0 ? null : scan.cells().get(cell).cellId(), poorByService(gh, r, h), earned));
      i = j;
    }
    out.sort(BY_GRID_AND_HOUR);   // one order, however many threads read the sessions
    return out;
  }

  private static final Comparator<Row> BY_GRID_AND_HOUR = (a, b) -> a.cell() != b.cell()
      ? Long.compare(a.cell(), b.cell()) : Long.compare(a.hourStartMs(), b.hourStartMs());

  private static double mean(GridHours gh, int row, GridHours.Field sum, GridHours.Field n) {
    return row < 0 ? Double.NaN : ratio(gh.total(row, sum), gh.total(row, n));
  }

  private static double ratio(double sum, double n) {
    return n > 0 ? sum / n : Double.NaN;
  }

  /** The cell that won most hourly majority votes of a grid, weighted by their margins. */
  private static String mainCell(ScanResult scan, GridHours gh, int row) {
    if (row < 0) {
      return null;
    }
    Map<Integer, Double> votes = new HashMap<>();
    for (int h = 0; h < gh.hours(); h++) {
      int cell = gh.servingCell(row, h);
      if (cell >= 0) {
        votes.merge(cell, (double) gh.get(row, h, GridHours.Field.VOTE_COUNT), Double::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> scan.cells().get(e.getKey()).cellId()).orElse(null);
  }

  private static Map<Long, Double> impacts(ScanResult scan, ScoredBase base, FeatureBuilder fb, NpsModel model) {
    PoorEvents events = scan.poorEvents();
    int end = fb.endDay();
    int from = fb.windowStart(end);
    Map<Long, Map<Integer, List<Integer>>> byGrid = new HashMap<>();
    for (int e = 0; e < events.size(); e++) {
      int day = ExperienceAccumulator.dayOf(events.startMs(e));
      if (day >= from && day < end && events.grid(e) != 0) {
        byGrid.computeIfAbsent(events.grid(e), g -> new HashMap<>())
            .computeIfAbsent(events.subscriber(e), s -> new ArrayList<>()).add(e);
      }
    }
    List<Long> keys = new ArrayList<>(byGrid.keySet());
    List<Map<Integer, List<Integer>>> groups = new ArrayList<>();
    for (long k : keys) {
      groups.add(byGrid.get(k));
    }
    double[] impact = new Counterfactual(scan, base, fb, model).impacts(groups);
    Map<Long, Double> out = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), impact[i]);
    }
    return out;
  }
}
