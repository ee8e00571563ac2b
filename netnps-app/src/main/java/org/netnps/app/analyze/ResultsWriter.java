package org.netnps.app.analyze;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.netnps.app.Directories;
import org.netnps.core.domain.NpsClass;
import org.netnps.io.write.CsvLine;
import org.netnps.ml.ModelFile;

/**
 * Writes a results directory (DATA-CONTRACT.md "Output"): summary.json, subscribers.csv,
 * grids.csv, findings.csv and plan.csv, plus
 * breakdowns.csv, trend.csv, devices.csv, reasons.csv, the model and its card. Everything is written into
 * RESULTS.partial and renamed at the end, so a crash never leaves half a result.
 */
public final class ResultsWriter {
  static final String SUBSCRIBERS = "subscriber_id,p_detractor,p_passive,p_promoter,predicted_class,top_reason";
  static final String GRIDS = "grid_id,lat,lon,hour,subscribers,sessions,poor_sessions,expected_nps,nps_impact,"
      + "expected_detractors,rsrp_dbm,sinr_db,dl_kbps,dl_mb,complaints,serving_cell,poor_web,poor_video,poor_voice,"
      + "poor_gaming,poor_other,revenue";
  static final String FINDINGS = "finding_id,cause,cell_id,grid_id,lat,lon,start,end,affected_subscribers,"
      + "nps_impact,confidence,evidence,device_model";
  /** devices.csv: each device model's users per day (for verifying device campaigns). */
  static final String DEVICES = "date,device_model,subscribers,active_subscribers,sessions,poor_sessions,calls,"
      + "calls_lost,expected_nps,dl_mb,complaints,revenue";
  /** plan.csv: the data contract's columns, then the action's parameter (empty when it has none). */
  static final String PLAN = "action_id,finding_id,action,target,grid_id,expected_nps_gain,cost,priority,value";

  private ResultsWriter() {}

  public static void write(AnalysisResult r, Path out, String version) {
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try {
      Directories.deleteTree(partial);
      Files.createDirectories(partial);
      Files.writeString(partial.resolve("summary.json"), SummaryJson.of(r, version));
      subscribers(r, partial.resolve("subscribers.csv"));
      grids(r, partial.resolve("grids.csv"));
      findings(r, partial.resolve("findings.csv"));
      plan(r, partial.resolve("plan.csv"));
      breakdowns(r, partial.resolve("breakdowns.csv"));
      trend(r, partial.resolve("trend.csv"));
      devices(r, partial.resolve("devices.csv"));
      reasons(r, partial.resolve("reasons.csv"));
      answers(r, partial.resolve("answers.csv"));
      ModelFile.save(partial.resolve("model"), r.model(), r.training().set(), r.featureSet().plans(),
          r.featureSet().windowDays(), version);
      Files.writeString(partial.resolve("model-card.md"), ModelCard.of(r, version));
      Directories.deleteTree(out);
      Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results to " + out, e);
    }
  }

  private static void subscribers(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, SUBSCRIBERS)) {
      CsvLine line = new CsvLine();
      ScoredBase b = r.base();
      for (int i = 0; i < b.size(); i++) {
        double[] p = b.p()[i];
        int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
        List<Reasons.Reason> why = r.reasons().isEmpty() ? List.of() : r.reasons().get(i);
        line.text(r.scan().ids().id(b.subscribers()[i])).number(p[0], 4).number(p[1], 4).number(p[2], 4)
            .text(NpsClass.values()[best].code()).text(why.isEmpty() ? null : why.get(0).text()).writeTo(o);
      }
    }
  }

  private static void grids(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, GRIDS)) {
      CsvLine line = new CsvLine();
      for (GridTable.Row g : r.grids()) {
        line.text(g.gridId()).number(g.lat(), 6).number(g.lon(), 6);
        if (g.hourStartMs() == GridTable.WHOLE_PERIOD) {
          line.empty();
        } else {
          line.timestamp(g.hourStartMs());
        }
        line.integer(g.subscribers()).integer(g.sessions()).integer(g.poorSessions()).number(g.expectedNps(), 2)
            .number(g.npsImpact(), 4).number(g.expectedDetractors(), 2).number(g.rsrpDbm(), 1).number(g.sinrDb(), 1)
            .number(g.dlKbps(), 0).number(g.dlMb(), 1).integer(g.complaints()).text(g.servingCell());
        for (long poor : g.poorByService()) {
          line.integer(poor);
        }
        line.number(g.revenue(), 2).writeTo(o);
      }
    }
  }

  private static void findings(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, FINDINGS)) {
      CsvLine line = new CsvLine();
      for (Diagnosis.Finding f : r.findings()) {
        line.text(f.id()).text(f.candidate().cause().code()).text(f.cellId()).text(f.gridId()).number(f.lat(), 6)
            .number(f.lon(), 6).timestamp(f.startMs()).timestamp(f.endMs()).integer(f.affectedSubscribers())
            .number(f.npsImpact(), 4).number(f.candidate().confidence(), 2).text(f.candidate().evidence())
            .text(f.candidate().deviceModel()).writeTo(o);
      }
    }
  }

  private static void plan(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, PLAN)) {
      CsvLine line = new CsvLine();
      for (Plans.Action a : r.plan()) {
        line.text(a.actionId()).text(a.findingId()).text(a.action().code()).text(a.target()).text(a.gridId())
            .number(a.expectedNpsGain(), 4).number(a.cost(), 1).integer(a.priority()).number(a.value(), 1).writeTo(o);
      }
    }
  }

  private static void breakdowns(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, "dimension,key,subscribers,network_nps,network_nps_lo,network_nps_hi,"
        + "survey_responses,survey_nps,own_rectifier")) {
      CsvLine line = new CsvLine();
      for (List<Breakdowns.Row> rows : r.breakdowns().values()) {
        for (Breakdowns.Row b : rows) {
          line.text(b.dimension()).text(b.key()).integer(b.network().subscribers()).number(b.network().nps(), 2)
              .number(b.network().lo(), 2).number(b.network().hi(), 2).integer(b.survey().answers())
              .number(b.survey().nps(), 2).integer(b.ownRectifier() ? 1 : 0).writeTo(o);
        }
      }
    }
  }

  private static void trend(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, "date,subscribers,network_nps,network_nps_lo,network_nps_hi,full_window")) {
      CsvLine line = new CsvLine();
      for (Trend.Day d : r.trend()) {
        line.text(d.date().toString()).integer(d.network().subscribers()).number(d.network().nps(), 2)
            .number(d.network().lo(), 2).number(d.network().hi(), 2).text(Boolean.toString(d.fullWindow())).writeTo(o);
      }
    }
  }

  private static void devices(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, DEVICES)) {
      CsvLine line = new CsvLine();
      for (DeviceDays.Row d : r.deviceDays()) {
        line.text(d.date().toString()).text(d.deviceModel()).integer(d.subscribers()).integer(d.active())
            .integer(d.sessions()).integer(d.poorSessions()).integer(d.calls()).integer(d.callsLost())
            .number(d.expectedNps(), 2).number(d.dlMb(), 1)
            .integer(d.complaints()).number(d.revenue(), 2).writeTo(o);
      }
    }
  }

  private static void reasons(AnalysisResult r, Path file) throws IOException {
    try (OutputStream o = open(file, "subscriber_id,rank,feature,contribution,reason")) {
      CsvLine line = new CsvLine();
      for (int i = 0; i < r.reasons().size(); i++) {
        String id = r.scan().ids().id(r.base().subscribers()[i]);
        int rank = 1;
        for (Reasons.Reason why : r.reasons().get(i)) {
          line.text(id).integer(rank++).text(why.feature()).number(why.contribution(), 4).text(why.text()).writeTo(o);
        }
      }
    }
  }

  /** The training rows: each answer, its out-of-fold probabilities and its features as of the answer. */
  private static void answers(AnalysisResult r, Path file) throws IOException {
    String header = "subscriber_id,surveyed_at,score,p_detractor_oof,p_passive_oof,p_promoter_oof,"
        + String.join(",", r.featureSet().names());
    try (OutputStream o = open(file, header)) {
      CsvLine line = new CsvLine();
      var set = r.training().set();
      var surveys = r.scan().surveys();
      for (int k = 0; k < set.rows(); k++) {
        int a = r.training().answerRow()[k];
        line.text(r.scan().ids().id(surveys.subscriber(a))).timestamp(surveys.atMs(a)).integer(surveys.score(a));
        for (double p : r.model().outOfFold()[k]) {
          line.number(p, 4);
        }
        for (float v : set.x()[k]) {
          line.number(v, 4);
        }
        line.writeTo(o);
      }
    }
  }

  /** A buffered CSV file with its header line written (the results' files, whatif.csv). */
  public static OutputStream open(Path file, String header) throws IOException {
    OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    o.write((header + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return o;
  }
}
