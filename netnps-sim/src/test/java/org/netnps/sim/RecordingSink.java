package org.netnps.sim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.netnps.core.record.AlarmRecord;
import org.netnps.core.record.CellRecord;
import org.netnps.core.record.ComplaintRecord;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.PmRecord;
import org.netnps.core.record.SubscriberRecord;
import org.netnps.core.record.SurveyRecord;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.truth.SubscriberTruth;
import org.netnps.sim.truth.SurveyTruth;
import org.netnps.sim.truth.TruthSink;

/** Keeps what a run produced, and a digest of every record in order. */
final class RecordingSink implements DatasetSink, TruthSink {
  final List<XdrRecord> xdrs = new ArrayList<>();
  final List<PmRecord> pm = new ArrayList<>();
  final List<AlarmRecord> alarms = new ArrayList<>();
  final List<SurveyRecord> surveys = new ArrayList<>();
  final List<ComplaintRecord> complaints = new ArrayList<>();
  final List<CellRecord> cells = new ArrayList<>();
  Map<String, Object> summary;
  private final MessageDigest digest;

  RecordingSink() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String digest() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void hash(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(p).append('|');
    }
    digest.update(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override public void manifest(String name, String timezone, int gridResolution) { hash(name, timezone); }
  @Override public void cell(CellRecord c) { cells.add(c); hash(c); }
  @Override public void subscriber(SubscriberRecord s) { hash(s); }

  @Override
  public void xdr(XdrRecord x) {
    xdrs.add(x);
    hash(x.startTime, x.durationMs, x.subscriberId, x.service, x.cellId, x.rsrpDbm, x.sinrDb, x.dlBytes,
        x.dlKbps, x.rttMs, x.pageLoadMs, x.stallCount, x.stallMs, x.callResult, x.lossPct, x.jitterMs);
  }

  @Override public void pm(PmRecord v) { pm.add(v); hash(v); }
  @Override public void alarm(AlarmRecord a) { alarms.add(a); hash(a); }
  @Override public void survey(SurveyRecord s) { surveys.add(s); hash(s); }
  @Override public void complaint(ComplaintRecord c) { complaints.add(c); hash(c); }
  @Override public void close() {}
  @Override public void problem(Problem problem, double lat, double lon) { hash(problem); }
  @Override public void survey(SurveyTruth survey) { hash(survey); }
  @Override public void subscriber(SubscriberTruth subscriber) { hash(subscriber); }
  @Override public void summary(Map<String, Object> s) { summary = s; hash(s); }

  double counterSum(String cell, String counter, long from, long to) {
    double sum = 0;
    for (PmRecord v : pm) {
      if (v.cellId().equals(cell) && v.counter().equals(counter) && v.periodStart() >= from && v.periodStart() < to) {
        sum += v.value();
      }
    }
    return sum;
  }

  @SuppressWarnings("unchecked")
  <T> T calibration(String key) {
    return (T) ((Map<String, Object>) summary.get("calibration")).get(key);
  }
}
