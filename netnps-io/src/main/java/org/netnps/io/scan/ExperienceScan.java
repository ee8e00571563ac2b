package org.netnps.io.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.netnps.core.diagnosis.CellConfig;
import org.netnps.core.domain.ComplaintCategory;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.qoe.SessionScorer;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.GridHours;
import org.netnps.io.dataset.BatchShards;
import org.netnps.io.dataset.DatasetFile;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.ColumnBatch;
import org.netnps.io.validate.FileReport;

/**
 * One pass over a dataset's accepted rows: every session is scored (qoe) and added to its
 * subscriber's experience accumulator, poor events are kept with their cell and H3 grid, and the
 * cells, subscribers, surveys and complaints are collected for the model.
 */
public final class ExperienceScan implements DatasetVisitor {
  private final SessionScorer scorer;
  private final GridIndexer grids;
  private final int shardCount;
  private final long placeLogSessions;
  private final SubscriberIds ids = new SubscriberIds();
  private final List<ExperienceAccumulator> profiles = new ArrayList<>();
  private final PoorEvents poor = new PoorEvents();
  private final PmFields pmFields = new PmFields();
  private CellHours twin;
  private final GridHours gridHours = new GridHours();
  private final GridVisits visits = new GridVisits();
  private final SurveyAnswers surveys = new SurveyAnswers();
  private final CustomerRecords customers = new CustomerRecords();
  private final List<CellInfo> cells = new ArrayList<>();
  private final Map<String, Integer> cellIndex = new HashMap<>();
  private final List<SessionShard> shards = new ArrayList<>();
  private long nextUnit;
  private final CellCodes pmCells = new CellCodes(cellIndex);
  private boolean[] seen = new boolean[1024];
  private final long until;
  private final SessionTotals totals = new SessionTotals();

  public ExperienceScan(SessionScorer scorer, GridIndexer grids) {
    this(scorer, grids, Long.MAX_VALUE);
  }

  /** A pass that leaves out records from {@code untilMs} on (counted, not read into the analysis). */
  public ExperienceScan(SessionScorer scorer, GridIndexer grids, long untilMs) {
    this(scorer, grids, untilMs, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A pass whose session records are read on up to {@code shardCount} threads, each into its own
   * {@link SessionShard} (with its own H3 indexer), merged once the last session file is read.
   */
  public ExperienceScan(SessionScorer scorer, GridIndexer grids, long untilMs, int shardCount) {
    this(scorer, grids, untilMs, shardCount, PlaceLog.FLUSH_SESSIONS);
  }

  /**
   * As above, each shard counting its logged places into its subscribers' places whenever its
   * log holds {@code placeLogSessions} sessions (so memory follows the places, not the sessions).
   */
  public ExperienceScan(SessionScorer scorer, GridIndexer grids, long untilMs, int shardCount, long placeLogSessions) {
    this.until = untilMs;
    this.scorer = scorer;
    this.grids = grids;
    this.shardCount = Math.max(1, shardCount);
    this.placeLogSessions = Math.max(1, placeLogSessions);
  }

  @Override
  public BatchShards shards(TableSchema schema) {
    if (schema != ContractSchemas.XDR) {
      return null;
    }
    return new BatchShards() {
      @Override
      public int count() {
        return shardCount;
      }

      @Override
      public boolean reads(String column) {
        return XdrColumns.reads(column);
      }

      @Override
      public BatchSink sink(int shard, long unit) {
        return shard(shard).unit(unit);
      }
    };
  }

  @Override
  public void batch(DatasetFile file, ColumnBatch b) {
    TableSchema s = file.schema();
    if (s == ContractSchemas.XDR) {
      shard(0).unit(nextUnit++).accept(b);
      return;
    }
    mergeShards();
    if (s == ContractSchemas.CELLS) {
      cells(b);
    } else if (s == ContractSchemas.PM) {
      pm(b);
    } else if (s == ContractSchemas.SUBSCRIBERS) {
      subscribers(b);
    } else if (s == ContractSchemas.SURVEYS) {
      surveys(b);
    } else if (s == ContractSchemas.COMPLAINTS) {
      complaints(b);
    }
  }

  @Override
  public void endFile(DatasetFile file, FileReport report) {
    ids.releaseTranslations();
    pmFields.release();
  }

  /** Shard i, made on first use (after cells.csv, whose cells every shard needs). */
  private SessionShard shard(int i) {
    synchronized (shards) {
      while (shards.size() <= i) {
        shards.add(null);
      }
      if (shards.get(i) == null) {
        shards.set(i, new SessionShard(scorer.thresholds(), grids.resolution(), List.copyOf(cells),
            cellIndex, until, placeLogSessions));
      }
      return shards.get(i);
    }
  }

  /**
   * Folds the shards into this pass: subscribers are numbered in the order they were first seen
   * in the files (as one sequential pass would), then profiles, poor events, the cell-hour and
   * grid-hour twins, visits and counts are added under the new numbers.
   */
  private void mergeShards() {
    List<SessionShard> filled;
    synchronized (shards) {
      filled = new ArrayList<>(shards.stream().filter(Objects::nonNull).toList());
      shards.clear();
    }
    if (filled.isEmpty()) {
      return;
    }
    int[][] global = globalSubscribers(filled);
    int[][] gridRows = new int[filled.size()][];
    List<PlaceLog> places = new ArrayList<>();
    List<PoorEvents> shardPoor = new ArrayList<>();
    for (int k = 0; k < filled.size(); k++) {
      SessionShard sh = filled.get(k);
      filled.set(k, null);   // each shard's memory goes once it is folded in (a city month is gigabytes)
      int[] g = global[k];
      for (int local = 0; local < sh.ids.size(); local++) {
        ExperienceAccumulator p = profile(g[local]);
        sh.days.addTo(local, p);
        if (sh.flushedPlaces != null && local < sh.flushedPlaces.length) {
          p.mergePlaces(sh.flushedPlaces[local]);
        }
        markSeen(g[local]);
      }
      shardPoor.add(sh.poor);
      twin().merge(sh.cellHours);
      int[] rows = gridHours.merge(sh.gridHours);
      for (int i = 0; i < sh.visits.size(); i++) {
        visits.add(rows[sh.visits.gridRow(i)], sh.visits.hourStartMs(i), g[sh.visits.subscriber(i)]);
      }
      visits.addDropped(sh.visits.dropped());
      totals.add(sh.totals);
      gridRows[k] = rows;
      places.add(sh.places);
    }
    // on another core: the poor events share nothing with the places
    ForkJoinTask<?> poorEvents = ForkJoinPool.commonPool().submit(() -> {
      for (int k = 0; k < shardPoor.size(); k++) {
        poor.addAll(shardPoor.get(k), global[k]);
        shardPoor.set(k, null);
      }
      poor.sortByTime();
    });
    PlaceLog.countInto(places, global, gridRows, gridHours, profiles.toArray(new ExperienceAccumulator[0]));
    poorEvents.join();
  }

  /** For each shard, the global index of each of its subscribers, numbered in order of first sight. */
  private int[][] globalSubscribers(List<SessionShard> filled) {
    List<long[]> firsts = new ArrayList<>();   // {first seen, shard, local index}
    int[][] global = new int[filled.size()][];
    for (int k = 0; k < filled.size(); k++) {
      SessionShard sh = filled.get(k);
      global[k] = new int[sh.ids.size()];
      for (int local = 0; local < sh.ids.size(); local++) {
        firsts.add(new long[] {sh.firstSeen[local], k, local});
      }
    }
    firsts.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    for (long[] f : firsts) {
      SessionShard sh = filled.get((int) f[1]);
      global[(int) f[1]][(int) f[2]] = ids.indexOf(sh.ids.id((int) f[2]));
    }
    return global;
  }

  private void pm(ColumnBatch b) {
    TableSchema s = b.schema();
    int cellCol = s.indexOf("cell_id");
    int counter = s.indexOf("counter");
    int start = s.indexOf("period_start");
    int value = s.indexOf("value");
    int suspect = s.indexOf("suspect");
    CellHours t = twin();
    for (int row = 0; row < b.size(); row++) {
      if (b.longAt(start, row) >= until) {
        totals.afterUntil++;
        continue;
      }
      pmFields.add(b, row, pmCells.cellOf(b, cellCol, row), t, counter, start, value, suspect);
    }
  }

  private CellHours twin() {
    if (twin == null) {
      twin = new CellHours(cells.size());
    }
    return twin;
  }

  private void cells(ColumnBatch b) {
    TableSchema s = b.schema();
    int id = s.indexOf("cell_id");
    int site = s.indexOf("site_id");
    int lat = s.indexOf("lat");
    int lon = s.indexOf("lon");
    int region = s.indexOf("region");
    int rat = s.indexOf("rat");
    int freq = s.indexOf("freq_mhz");
    int mech = s.indexOf("mech_tilt_deg");
    int elec = s.indexOf("elec_tilt_deg");
    int azimuth = s.indexOf("azimuth_deg");
    int height = s.indexOf("height_m");
    int bandwidth = s.indexOf("bandwidth_mhz");
    int power = s.indexOf("tx_power_dbm");
    for (int row = 0; row < b.size(); row++) {
      String cellId = b.stringAt(id, row);
      if (!cellIndex.containsKey(cellId)) {
        cellIndex.put(cellId, cells.size());
        String siteId = b.stringAt(site, row);
        cells.add(new CellInfo(cellId, siteId, b.doubleAt(lat, row), b.doubleAt(lon, row),
            region < 0 ? null : b.stringAt(region, row), new CellConfig(cellId, siteId, b.stringAt(rat, row),
            b.doubleAt(freq, row), b.doubleAt(mech, row) + b.doubleAt(elec, row)),
            new CellInfo.Antenna(b.doubleAt(azimuth, row), b.doubleAt(height, row), b.doubleAt(mech, row),
                b.doubleAt(elec, row), b.doubleAt(bandwidth, row), b.doubleAt(power, row))));
      }
    }
  }

  private void subscribers(ColumnBatch b) {
    TableSchema s = b.schema();
    int id = s.indexOf("subscriber_id");
    int plan = s.indexOf("plan");
    int device = s.indexOf("device_model");
    int fiveG = s.indexOf("device_5g");
    int tenure = s.indexOf("tenure_months");
    int arpu = s.indexOf("arpu");
    int region = s.indexOf("region");
    for (int row = 0; row < b.size(); row++) {
      customers.put(ids.indexOf(b, id, row), new CustomerRecords.Row(b.stringAt(plan, row),
          b.stringAt(device, row), longOrNaN(b, fiveG, row), longOrNaN(b, tenure, row),
          b.doubleAt(arpu, row), b.stringAt(region, row)));
    }
  }

  private void surveys(ColumnBatch b) {
    TableSchema s = b.schema();
    int id = s.indexOf("subscriber_id");
    int at = s.indexOf("surveyed_at");
    int answer = s.indexOf("score");
    for (int row = 0; row < b.size(); row++) {
      if (b.longAt(at, row) >= until) {
        totals.afterUntil++;
        continue;
      }
      surveys.add(ids.indexOf(b, id, row), b.longAt(at, row), (int) b.longAt(answer, row));
    }
  }

  private void complaints(ColumnBatch b) {
    TableSchema s = b.schema();
    int id = s.indexOf("subscriber_id");
    int at = s.indexOf("created_at");
    int category = s.indexOf("category");
    int lat = s.indexOf("lat");
    int lon = s.indexOf("lon");
    for (int row = 0; row < b.size(); row++) {
      if (b.longAt(at, row) >= until) {
        totals.afterUntil++;
        continue;
      }
      long grid = grids.cell(b.doubleAt(lat, row), b.doubleAt(lon, row));
      if (grid != 0) {
        gridHours.addComplaint(grid, b.longAt(at, row));
      }
      ComplaintCategory c = ComplaintCategory.values()[b.codeAt(category, row)];
      boolean network = c == ComplaintCategory.COVERAGE || c == ComplaintCategory.DATA || c == ComplaintCategory.VOICE;
      profile(ids.indexOf(b, id, row)).addComplaint(b.longAt(at, row), network);
    }
  }

  private static double longOrNaN(ColumnBatch b, int column, int row) {
    long v = b.longAt(column, row);
    return v == ColumnBatch.MISSING_LONG ? Double.NaN : v;
  }

  private ExperienceAccumulator profile(int sub) {
    while (profiles.size() <= sub) {
      profiles.add(null);
    }
    ExperienceAccumulator a = profiles.get(sub);
    if (a == null) {
      a = new ExperienceAccumulator();
      profiles.set(sub, a);
    }
    return a;
  }

  private void markSeen(int sub) {
    if (sub >= seen.length) {
      seen = Arrays.copyOf(seen, Math.max(sub + 1, seen.length * 2));
    }
    seen[sub] = true;
  }

  /** What the pass collected. */
  public ScanResult result() {
    mergeShards();
    int n = ids.size();
    ExperienceAccumulator[] acc = new ExperienceAccumulator[n];
    boolean[] scored = Arrays.copyOf(seen, n);
    for (int i = 0; i < n; i++) {
      acc[i] = i < profiles.size() && profiles.get(i) != null ? profiles.get(i) : new ExperienceAccumulator();
    }
    CellHours hours = twin().window(totals.periodStart, totals.periodEnd);
    return new ScanResult(ids, acc, scored, poor, surveys, customers, List.copyOf(cells), totals.referenceMos(),
        totals.periodStart, totals.periodEnd, totals.sessions, totals.poorSessions, hours, pmFields.suspectValues(),
        gridHours, visits, totals.afterUntil);
  }
}
