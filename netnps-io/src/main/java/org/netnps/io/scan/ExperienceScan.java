package org.netnps.io.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.diagnosis.CellConfig;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.ComplaintCategory;
import org.netnps.core.domain.Service;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.experience.RadioExposure;
import org.netnps.core.experience.SessionEvent;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.qoe.SessionScore;
import org.netnps.core.qoe.SessionScorer;
import org.netnps.core.record.XdrRecord;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.GridHours;
import org.netnps.io.dataset.DatasetFile;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.validate.ColumnBatch;
import org.netnps.io.validate.FileReport;

/**
 * One pass over a dataset's accepted rows: every session is scored (qoe) and added to its
 * subscriber's experience accumulator, poor events are kept with their cell and H3 grid, and the
 * cells, subscribers, surveys and complaints are collected for the model.
 */
public final class ExperienceScan implements DatasetVisitor {
  private final SessionScorer scorer;
  private final RadioExposure radio;
  private final GridIndexer grids;
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
  private int[] cellOfCode = new int[0];
  private boolean[] seen = new boolean[1024];
  private final XdrRecord x = new XdrRecord();
  private final SessionScore score = new SessionScore();
  private final double[] goodMosSum = new double[Service.values().length];
  private final long[] goodMosCount = new long[Service.values().length];
  private final long until;
  private long afterUntil;
  private long periodStart = Long.MAX_VALUE;
  private long periodEnd = Long.MIN_VALUE;
  private long sessions;
  private long poorSessions;

  public ExperienceScan(SessionScorer scorer, GridIndexer grids) {
    this(scorer, grids, Long.MAX_VALUE);
  }

  /** A pass that leaves out records from {@code untilMs} on (counted, not read into the analysis). */
  public ExperienceScan(SessionScorer scorer, GridIndexer grids, long untilMs) {
    this.until = untilMs;
    this.scorer = scorer;
    this.radio = new RadioExposure(scorer.thresholds().weakRsrpDbm(), scorer.thresholds().lowSinrDb());
    this.grids = grids;
  }

  @Override
  public void batch(DatasetFile file, ColumnBatch b) {
    TableSchema s = file.schema();
    if (s == ContractSchemas.XDR) {
      sessions(b);
    } else if (s == ContractSchemas.CELLS) {
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

  private void sessions(ColumnBatch b) {
    for (int row = 0; row < b.size(); row++) {
      XdrColumns.fill(b, row, x);
      if (x.startTime >= until) {
        afterUntil++;
        continue;
      }
      sessions++;
      int sub = ids.indexOf(b, XdrColumns.SUBSCRIBER, row);
      int cell = cellOf(b, row);
      scorer.score(x, score);
      double lat = x.lat;
      double lon = x.lon;
      if (Double.isNaN(lat) || Double.isNaN(lon)) {
        lat = cells.get(cell).lat();
        lon = cells.get(cell).lon();
      }
      SessionEvent e = new SessionEvent(x.startTime, x.durationMs, x.service, score.mos,
          score.reason, x.rsrpDbm, x.sinrDb, x.dlBytes == XdrRecord.MISSING ? Double.NaN : x.dlBytes,
          x.dlKbps, x.stallMs, cell, grids.cell(lat, lon));
      profile(sub).add(e, radio);
      markSeen(sub);
      twin(x, cell, e);
      if (e.grid() != 0) {
        int gridRow = gridHours.add(e.grid(), x.startTime, x.service, e.poor(), x.rsrpDbm, x.sinrDb, x.dlKbps,
            e.dlBytes(), cell);
        visits.add(gridRow, x.startTime, sub);
      }
      if (e.poor()) {
        poor.add(sub, e);
        poorSessions++;
      } else if (!Double.isNaN(score.mos)) {
        goodMosSum[x.service.ordinal()] += score.mos;
        goodMosCount[x.service.ordinal()]++;
      }
      periodStart = Math.min(periodStart, x.startTime);
      periodEnd = Math.max(periodEnd, x.startTime + x.durationMs);
    }
  }

  /** The session's share of its cell-hour in the twin. */
  private void twin(XdrRecord x, int cell, SessionEvent e) {
    CellHours t = twin();
    long at = x.startTime;
    t.add(cell, at, CellHours.Field.SESSIONS, 1);
    if (e.poor()) {
      t.add(cell, at, CellHours.Field.POOR, 1);
    }
    if (x.rsrpDbm < radio.weakRsrpDbm()) {
      t.add(cell, at, CellHours.Field.WEAK_RSRP, 1);
    }
    if (x.sinrDb < radio.lowSinrDb()) {
      t.add(cell, at, CellHours.Field.LOW_SINR, 1);
    }
    if (!Double.isNaN(x.rttMs)) {
      t.add(cell, at, CellHours.Field.RTT_SUM, x.rttMs);
      t.add(cell, at, CellHours.Field.RTT_N, 1);
    }
    if (x.service == Service.VOICE) {
      t.add(cell, at, CellHours.Field.CALLS, 1);
      if (x.callResult == CallResult.FAILED || x.callResult == CallResult.DROPPED) {
        t.add(cell, at, CellHours.Field.CALLS_LOST, 1);
      }
    }
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
        afterUntil++;
        continue;
      }
      pmFields.add(b, row, cellOf(b, cellCol, row), t, counter, start, value, suspect);
    }
  }

  private CellHours twin() {
    if (twin == null) {
      twin = new CellHours(cells.size());
    }
    return twin;
  }

  private int cellOf(ColumnBatch b, int row) {
    return cellOf(b, XdrColumns.CELL, row);
  }

  private int cellOf(ColumnBatch b, int column, int row) {
    int code = b.codeAt(column, row);
    if (code >= cellOfCode.length) {
      int old = cellOfCode.length;
      cellOfCode = Arrays.copyOf(cellOfCode, Math.max(code + 1, old * 2));
      Arrays.fill(cellOfCode, old, cellOfCode.length, -1);
    }
    int c = cellOfCode[code];
    if (c < 0) {
      c = cellIndex.get(b.stringAt(column, row));
      cellOfCode[code] = c;
    }
    return c;
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
        afterUntil++;
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
        afterUntil++;
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
    int n = ids.size();
    ExperienceAccumulator[] acc = new ExperienceAccumulator[n];
    boolean[] scored = Arrays.copyOf(seen, n);
    for (int i = 0; i < n; i++) {
      acc[i] = i < profiles.size() && profiles.get(i) != null ? profiles.get(i) : new ExperienceAccumulator();
    }
    float[] reference = new float[goodMosSum.length];
    for (int s = 0; s < reference.length; s++) {
      reference[s] = goodMosCount[s] == 0 ? 4f : (float) (goodMosSum[s] / goodMosCount[s]);
    }
    CellHours hours = twin().window(periodStart, periodEnd);
    return new ScanResult(ids, acc, scored, poor, surveys, customers, List.copyOf(cells), reference,
        periodStart, periodEnd, sessions, poorSessions, hours, pmFields.suspectValues(), gridHours, visits, afterUntil);
  }
}
