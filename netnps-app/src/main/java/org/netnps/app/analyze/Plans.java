package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.netnps.core.domain.ActionType;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.grid.GridIndexer;
import org.netnps.io.scan.CellInfo;
import org.netnps.io.scan.ScanResult;

/**
 * plan.csv: per finding, the standard remedy of its cause on its target (and a load_balance
 * alternative to a carrier where the site has spare capacity, power and azimuth alternatives to a
 * tilt), with the finding's nps_impact
 * (through the model) as the expected gain while the problem is still going on at the end of the
 * data (0 for one that is over); capacity candidates on busy cells and new sites in coverage gaps
 * without a finding; a relative cost per action type, and priority by gain per cost.
 * {@code analyze --whatif} replaces the gains with SRCON what-if runs on the twin (app.twin).
 */
final class Plans {
  /** Relative cost units per action (docs/diagnosis.md): a field visit is 1, a new site 50. */
  static final Map<ActionType, Double> COST = Map.ofEntries(
      Map.entry(ActionType.REPAIR_FAULT, 1.0), Map.entry(ActionType.ADJUST_TILT, 1.0),
      Map.entry(ActionType.ADJUST_AZIMUTH, 2.0), Map.entry(ActionType.ADJUST_POWER, 1.0),
      Map.entry(ActionType.ADD_CARRIER, 8.0), Map.entry(ActionType.LOAD_BALANCE, 1.0),
      Map.entry(ActionType.MITIGATE_INTERFERENCE, 3.0), Map.entry(ActionType.UPGRADE_TRANSPORT, 5.0),
      Map.entry(ActionType.DEVICE_CAMPAIGN, 2.0), Map.entry(ActionType.NEW_SITE, 50.0),
      Map.entry(ActionType.TUNE_HANDOVER, 1.0));

  /**
   * One row of plan.csv; value is the action's parameter where it has one (NaN otherwise): dB for
   * adjust_power, degrees clockwise for adjust_azimuth.
   */
  record Action(String actionId, String findingId, ActionType action, String target, String gridId,
      double expectedNpsGain, double cost, int priority, double value) {

    Action(String actionId, String findingId, ActionType action, String target, String gridId,
        double expectedNpsGain, double cost, int priority) {
      this(actionId, findingId, action, target, gridId, expectedNpsGain, cost, priority, Double.NaN);
    }
  }

  private Plans() {}

  static ActionType remedy(ProblemCause cause) {
    return switch (cause) {
      case FAULT -> ActionType.REPAIR_FAULT;
      case CONGESTION -> ActionType.ADD_CARRIER;
      case INTERFERENCE -> ActionType.MITIGATE_INTERFERENCE;
      case TRANSPORT -> ActionType.UPGRADE_TRANSPORT;
      case COVERAGE -> ActionType.ADJUST_TILT;
      case MOBILITY -> ActionType.TUNE_HANDOVER;
      case DEVICE -> ActionType.DEVICE_CAMPAIGN;
      case UNKNOWN -> null;
    };
  }

  /**
   * A congested cell whose site has another cell at least this much less loaded in its busy hour
   * (PRB utilisation) gets a load_balance alternative to the carrier.
   */
  static final double SPARE_UTILISATION = 0.2;
  /**
   * The model's counterfactual knows nothing of capacity, so it credits a load_balance with this
   * share of the carrier's gain, a guess; the twin's what-if runs simulate who moves (docs/twin.md).
   */
  static final double LOAD_BALANCE_SHARE = 0.5;

  /**
   * Cells at least this loaded in their busy hour (mean daily peak PRB utilisation) are capacity
   * candidates even without a congestion finding: a carrier, and load balancing where the site has
   * spare capacity, with no model gain (the model's counterfactual works on findings; the twin
   * values them). So the candidates include what a KPI-driven capacity plan would choose.
   */
  static final double BUSY_CELL = 0.8;

  /** A grid whose mean RSRP over the period is below this is a coverage gap. */
  static final double GAP_RSRP_DBM = -105;
  /** A new site is proposed only this far (m) or more from every site of the network. */
  static final double NEW_SITE_MIN_DISTANCE_M = 400;
  /** At most this many new-site candidates: the coverage gaps with the largest nps_impact. */
  static final int NEW_SITES = 10;

  static List<Action> of(List<Diagnosis.Finding> findings, ScanResult scan, GridIndexer grids,
      List<GridTable.Row> gridRows) {
    List<Action> draft = new ArrayList<>();
    double[] busy = new double[scan.cells().size()];
    for (int c = 0; c < busy.length; c++) {
      busy[c] = scan.cellHours().busyHourPrbUtilisation(c);
    }
    for (Diagnosis.Finding f : findings) {
      ActionType a = remedy(f.candidate().cause());
      if (a == null) {
        continue;
      }
      boolean ongoing = f.ongoing(scan.periodEndMs());
      List<String> targets = targets(f, a, scan);
      for (String t : targets) {
        double gain = ongoing ? f.npsImpact() / targets.size() : 0;
        draft.add(new Action(null, f.id(), a, t, f.gridId(), gain, COST.get(a), 0));
        if (a == ActionType.ADD_CARRIER && hasSpareSibling(scan, busy, t)) {
          draft.add(new Action(null, f.id(), ActionType.LOAD_BALANCE, t, f.gridId(), LOAD_BALANCE_SHARE * gain,
              COST.get(ActionType.LOAD_BALANCE), 0));
        }
        if (a == ActionType.ADJUST_TILT) {
          coverageAlternatives(draft, f, t, gain, scan, grids);
        }
      }
    }
    capacity(draft, scan, busy, grids);
    newSites(draft, scan, gridRows);
    return rank(draft);
  }

  /**
   * A coverage finding's alternatives to the tilt, for the twin to value: the cell's power up by
   * {@link #POWER_STEP_DB}, and its azimuth turned toward the hotspot when the hotspot lies off
   * the boresight ({@link #turnToward}). The model's counterfactual cannot tell them from the tilt,
   * so it credits each with {@link #ALTERNATIVE_SHARE} of the tilt's gain.
   */
  private static void coverageAlternatives(List<Action> draft, Diagnosis.Finding f, String cellId, double gain,
      ScanResult scan, GridIndexer grids) {
    draft.add(new Action(null, f.id(), ActionType.ADJUST_POWER, cellId, f.gridId(), ALTERNATIVE_SHARE * gain,
        COST.get(ActionType.ADJUST_POWER), 0, POWER_STEP_DB));
    CellInfo cell = scan.cells().stream().filter(c -> c.cellId().equals(cellId)).findFirst().orElseThrow();
    if (f.gridId() == null || f.gridId().isEmpty() || cell.antenna() == null) {
      return;
    }
    double[] hotspot = grids.centre(f.gridId());
    double turn = turnToward(cell.lat(), cell.lon(), cell.antenna().azimuthDeg(), hotspot[0], hotspot[1]);
    if (!Double.isNaN(turn)) {
      draft.add(new Action(null, f.id(), ActionType.ADJUST_AZIMUTH, cellId, f.gridId(), ALTERNATIVE_SHARE * gain,
          COST.get(ActionType.ADJUST_AZIMUTH), 0, turn));
    }
  }

  /** Share of a coverage finding's gain the model credits to power and azimuth alternatives. */
  static final double ALTERNATIVE_SHARE = 0.5;
  /** Power step of an adjust_power candidate, dB (SRCON allows up to 3 dB over the layer's power). */
  static final double POWER_STEP_DB = 3;
  /** Turns smaller than this (degrees) are not worth a site visit; larger ones are capped at MAX_TURN. */
  static final double MIN_TURN_DEG = 10;
  static final double MAX_TURN_DEG = 30;
  /** A hotspot nearer the site than this (m) has no useful bearing; one beyond 90 degrees off is behind the sector. */
  static final double MIN_BEARING_DISTANCE_M = 100;

  /**
   * Degrees (clockwise) to turn an antenna at (lat, lon) pointing at {@code azimuthDeg} toward a
   * hotspot, capped at {@link #MAX_TURN_DEG}; NaN when the hotspot is near boresight, behind the
   * sector, too near the site, or the azimuth is unknown.
   */
  static double turnToward(double lat, double lon, double azimuthDeg, double hotspotLat, double hotspotLon) {
    double east = (hotspotLon - lon) * 111_320 * Math.cos(Math.toRadians(lat));
    double north = (hotspotLat - lat) * 110_574;
    if (Double.isNaN(azimuthDeg) || Math.hypot(east, north) < MIN_BEARING_DISTANCE_M) {
      return Double.NaN;
    }
    double off = Math.IEEEremainder(Math.toDegrees(Math.atan2(east, north)) - azimuthDeg, 360);
    if (Math.abs(off) < MIN_TURN_DEG || Math.abs(off) > 90) {
      return Double.NaN;
    }
    return Math.copySign(Math.min(Math.abs(off), MAX_TURN_DEG), off);
  }

  /**
   * A new site (in the H3 cell's centre) for the coverage gaps with the largest nps_impact that lie
   * far from every site; its model gain is the grid's nps_impact (its poor events removed).
   */
  private static void newSites(List<Action> draft, ScanResult scan, List<GridTable.Row> gridRows) {
    List<GridTable.Row> gaps = new ArrayList<>();
    for (GridTable.Row r : gridRows) {
      if (r.hourStartMs() == GridTable.WHOLE_PERIOD && r.rsrpDbm() < GAP_RSRP_DBM && r.npsImpact() > 0
          && nearestSiteM(scan, r.lat(), r.lon()) >= NEW_SITE_MIN_DISTANCE_M) {
        gaps.add(r);
      }
    }
    gaps.sort((a, b) -> Double.compare(b.npsImpact(), a.npsImpact()));
    for (GridTable.Row r : gaps.subList(0, Math.min(NEW_SITES, gaps.size()))) {
      draft.add(new Action(null, "", ActionType.NEW_SITE, r.gridId(), r.gridId(), r.npsImpact(),
          COST.get(ActionType.NEW_SITE), 0));
    }
  }

  private static double nearestSiteM(ScanResult scan, double lat, double lon) {
    double best = Double.MAX_VALUE;
    double kx = 111_320 * Math.cos(Math.toRadians(lat));
    for (CellInfo c : scan.cells()) {
      best = Math.min(best, Math.hypot((c.lon() - lon) * kx, (c.lat() - lat) * 110_574));
    }
    return best;
  }

  private static void capacity(List<Action> draft, ScanResult scan, double[] busy, GridIndexer grids) {
    Set<String> carriers = new HashSet<>();
    for (Action a : draft) {
      if (a.action() == ActionType.ADD_CARRIER) {
        carriers.add(a.target());
      }
    }
    for (int c = 0; c < busy.length; c++) {
      CellInfo cell = scan.cells().get(c);
      if (!(busy[c] >= BUSY_CELL) || carriers.contains(cell.cellId())) {
        continue;
      }
      String grid = grids.address(grids.cell(cell.lat(), cell.lon()));
      draft.add(new Action(null, "", ActionType.ADD_CARRIER, cell.cellId(), grid, 0, COST.get(ActionType.ADD_CARRIER), 0));
      if (hasSpareSibling(scan, busy, cell.cellId())) {
        draft.add(new Action(null, "", ActionType.LOAD_BALANCE, cell.cellId(), grid, 0,
            COST.get(ActionType.LOAD_BALANCE), 0));
      }
    }
  }

  /**
   * Actions by gain per cost (ties keep their order), numbered A001.. in that order: the action id
   * names the action's rank in plan.csv.
   */
  static List<Action> rank(List<Action> actions) {
    int[] order = order(actions);
    List<Action> out = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      Action x = actions.get(order[i]);
      out.add(new Action(id(i), x.findingId(), x.action(), x.target(), x.gridId(), x.expectedNpsGain(), x.cost(),
          i + 1, x.value()));
    }
    return out;
  }

  /** The indices of {@code actions} by gain per cost, highest first; a stable sort, as {@link #rank} uses. */
  static int[] order(List<Action> actions) {
    return IntStream.range(0, actions.size()).boxed()
        .sorted((x, y) -> Double.compare(perCost(actions.get(y)), perCost(actions.get(x))))
        .mapToInt(Integer::intValue).toArray();
  }

  /** The action id of plan.csv's row at this 0-based rank. */
  static String id(int rank) {
    return String.format("A%03d", rank + 1);
  }

  private static double perCost(Action a) {
    return a.expectedNpsGain() / a.cost();
  }

  static boolean hasSpareSibling(ScanResult scan, double[] busy, String cellId) {
    int me = -1;
    for (int c = 0; c < scan.cells().size(); c++) {
      if (scan.cells().get(c).cellId().equals(cellId)) {
        me = c;
      }
    }
    if (me < 0 || Double.isNaN(busy[me])) {
      return false;
    }
    String site = scan.cells().get(me).siteId();
    for (int c = 0; c < scan.cells().size(); c++) {
      if (c != me && scan.cells().get(c).siteId().equals(site) && busy[c] <= busy[me] - SPARE_UTILISATION) {
        return true;
      }
    }
    return false;
  }

  /** A whole site for site-wide faults and transport, every cell for congestion, else the cell or device. */
  private static List<String> targets(Diagnosis.Finding f, ActionType a, ScanResult scan) {
    List<Integer> cells = f.candidate().cells();
    if (f.candidate().cause() == ProblemCause.DEVICE) {
      return List.of(f.candidate().deviceModel());
    }
    String site = scan.cells().get(cells.get(0)).siteId();
    if ((a == ActionType.REPAIR_FAULT && cells.size() > 1) || a == ActionType.UPGRADE_TRANSPORT) {
      return List.of(site);
    }
    if (a == ActionType.ADD_CARRIER) {
      return cells.stream().map(c -> scan.cells().get(c).cellId()).toList();
    }
    return List.of(scan.cells().get(cells.get(0)).cellId());
  }
}
