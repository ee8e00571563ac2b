package org.netnps.io.scan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Service;
import org.netnps.core.experience.DayTable;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.experience.RadioExposure;
import org.netnps.core.experience.SessionView;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.qoe.QoeThresholds;
import org.netnps.core.qoe.SessionScore;
import org.netnps.core.qoe.SessionScorer;
import org.netnps.core.record.XdrRecord;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.GridHours;
import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.ColumnBatch;

/**
 * The session side of an {@link ExperienceScan} as filled by one reading thread: every session
 * scored, added to its subscriber's day counters ({@link DayTable}), to its cell-hour and
 * grid-hour, and logged for its subscriber's places ({@link PlaceLog}), poor ones kept.
 * Subscribers get local indexes here, with the place (unit, row) where each was first seen, so
 * that merged shards number subscribers as one sequential pass over the files would.
 */
final class SessionShard implements BatchSink {
  final SubscriberIds ids = new SubscriberIds();
  final DayTable days = new DayTable();
  final PoorEvents poor = new PoorEvents();
  final CellHours cellHours;
  final GridHours gridHours = new GridHours();
  final GridVisits visits = new GridVisits();
  final SessionTotals totals = new SessionTotals();
  final PlaceLog places = new PlaceLog();
  /**
   * Places counted from the log whenever it filled, by local subscriber (null before the first
   * time; shorter than {@code ids.size()} when subscribers came after the last time).
   */
  ExperienceAccumulator[] flushedPlaces;
  long[] firstSeen = new long[1024];
  private final SessionScorer scorer;
  private final RadioExposure radio;
  private final GridIndexer grids;
  private final List<CellInfo> cells;
  private final CellCodes cellCodes;
  private final long until;
  private final long placeLogSessions;
  private final XdrRecord x = new XdrRecord();
  private final SessionScore score = new SessionScore();
  private final SessionView session = new SessionView(x, score);
  private long unit;
  private long rowInUnit;
  /**
   * Rows whose H3 cells are found and whose day rows and grid-hour rows are read together, in
   * loops that do nothing else, before they are added one by one: their cache misses then
   * overlap, where inside the work of a row each waits alone (a power of two).
   */
  private static final int TOUCH_ROWS = 64;
  /** The H3 cell of each row of the block being added (0: no position, or past the period). */
  private final long[] blockGrids = new long[TOUCH_ROWS];
  /** The sum of the values read ahead, kept so that the compiler cannot leave the reads out. */
  private float sink;

  SessionShard(QoeThresholds thresholds, int gridResolution, List<CellInfo> cells, Map<String, Integer> cellIndex,
      long untilMs, long placeLogSessions) {
    this.scorer = new SessionScorer(thresholds);
    this.radio = new RadioExposure(thresholds.weakRsrpDbm(), thresholds.lowSinrDb());
    this.grids = new GridIndexer(gridResolution);
    this.cells = cells;
    this.cellCodes = new CellCodes(cellIndex);
    this.cellHours = new CellHours(cells.size());
    this.until = untilMs;
    this.placeLogSessions = placeLogSessions;
  }

  /** The batches that follow belong to unit {@code u} (units come in increasing order). */
  SessionShard unit(long u) {
    unit = u;
    rowInUnit = 0;
    return this;
  }

  @Override
  public void accept(ColumnBatch b) {
    float touched = 0;
    for (int row = 0; row < b.size(); row++, rowInUnit++) {
      if ((row & (TOUCH_ROWS - 1)) == 0) {
        int to = Math.min(b.size(), row + TOUCH_ROWS);
        touched += touchDayRows(b, row, to);
        locate(b, row, to);
        touched += touchGridHours(b, row, to);
      }
      XdrColumns.fill(b, row, x);
      if (x.startTime >= until) {
        totals.afterUntil++;
        continue;
      }
      int sub = subscriber(b, row);
      int cell = cellCodes.cellOf(b, XdrColumns.CELL, row);
      scorer.score(x, score);
      SessionView e = session.at(cell, blockGrids[row & (TOUCH_ROWS - 1)]);
      days.add(sub, e, radio);
      cellHour(cell, e);
      int gridRow = -1;
      if (e.grid() != 0) {
        gridRow = gridHours.add(e.grid(), x.startTime, x.service, e.poor(), x.rsrpDbm, x.sinrDb, x.dlKbps,
            e.dlBytes(), cell);
        visits.add(gridRow, x.startTime, sub);
      }
      places.add(sub, gridRow, cell, e.poor());
      if (places.size() >= placeLogSessions) {
        flushPlaces();
      }
      if (e.poor()) {
        poor.add(sub, e);
      }
      totals.session(x.startTime, x.durationMs, e.poor(), x.service, score.mos);
    }
    sink += touched;
  }

  /** Reads the day rows of rows [from, to) whose subscribers are known (see {@link #TOUCH_ROWS}). */
  private float touchDayRows(ColumnBatch b, int from, int to) {
    float touched = 0;
    for (int r = from; r < to; r++) {
      int sub = ids.peek(b, XdrColumns.SUBSCRIBER, r);
      if (sub >= 0) {
        touched += days.touch(sub, b.longAt(XdrColumns.START, r));
      }
    }
    return touched;
  }

  /**
   * Finds the H3 cells of rows [from, to) (the serving cell's position where the session has
   * none) into {@link #blockGrids}: the grid indexer's lookups of many rows then overlap.
   */
  private void locate(ColumnBatch b, int from, int to) {
    for (int r = from; r < to; r++) {
      long grid = 0;
      if (b.longAt(XdrColumns.START, r) < until) {
        double lat = b.doubleAt(XdrColumns.LAT, r);
        double lon = b.doubleAt(XdrColumns.LON, r);
        if (Double.isNaN(lat) || Double.isNaN(lon)) {
          CellInfo c = cells.get(cellCodes.cellOf(b, XdrColumns.CELL, r));
          lat = c.lat();
          lon = c.lon();
        }
        grid = grids.cell(lat, lon);
      }
      blockGrids[r & (TOUCH_ROWS - 1)] = grid;
    }
  }

  /** Reads the grid-hour rows of rows [from, to) already in the twin (see {@link #TOUCH_ROWS}). */
  private float touchGridHours(ColumnBatch b, int from, int to) {
    float touched = 0;
    for (int r = from; r < to; r++) {
      long grid = blockGrids[r & (TOUCH_ROWS - 1)];
      if (grid != 0) {
        touched += gridHours.touch(grid, b.longAt(XdrColumns.START, r));
      }
    }
    return touched;
  }

  /** The local index of the row's subscriber; for a new one, where it was first seen (unit, row). */
  private int subscriber(ColumnBatch b, int row) {
    int known = ids.size();
    int sub = ids.indexOf(b, XdrColumns.SUBSCRIBER, row);
    if (sub == known) {
      if (sub == firstSeen.length) {
        firstSeen = Arrays.copyOf(firstSeen, sub * 2);
      }
      firstSeen[sub] = (unit << 32) | rowInUnit;
    }
    return sub;
  }

  /** Counts the log into this shard's per-subscriber places and empties it. */
  private void flushPlaces() {
    int had = flushedPlaces == null ? 0 : flushedPlaces.length;
    int subscribers = ids.size();
    flushedPlaces = flushedPlaces == null ? new ExperienceAccumulator[subscribers]
        : Arrays.copyOf(flushedPlaces, subscribers);
    for (int s = had; s < subscribers; s++) {
      flushedPlaces[s] = new ExperienceAccumulator();
    }
    PlaceLog.countInto(List.of(places), new int[][] {identity(subscribers)}, new int[][] {identity(gridHours.grids())},
        gridHours, flushedPlaces);
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** The session's share of its cell-hour in the twin. */
  private void cellHour(int cell, SessionView e) {
    CellHours t = cellHours;
    int at = t.slot(cell, x.startTime);
    t.addAt(at, CellHours.Field.SESSIONS, 1);
    if (e.poor()) {
      t.addAt(at, CellHours.Field.POOR, 1);
    }
    if (x.rsrpDbm < radio.weakRsrpDbm()) {
      t.addAt(at, CellHours.Field.WEAK_RSRP, 1);
    }
    if (x.sinrDb < radio.lowSinrDb()) {
      t.addAt(at, CellHours.Field.LOW_SINR, 1);
    }
    if (!Double.isNaN(x.rttMs)) {
      t.addAt(at, CellHours.Field.RTT_SUM, x.rttMs);
      t.addAt(at, CellHours.Field.RTT_N, 1);
    }
    if (x.service == Service.VOICE) {
      t.addAt(at, CellHours.Field.CALLS, 1);
      if (x.callResult == CallResult.FAILED || x.callResult == CallResult.DROPPED) {
        t.addAt(at, CellHours.Field.CALLS_LOST, 1);
      }
    }
  }
}
