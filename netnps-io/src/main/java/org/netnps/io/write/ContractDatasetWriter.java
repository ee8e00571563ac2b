package org.netnps.io.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.netnps.core.record.AlarmRecord;
import org.netnps.core.record.CellRecord;
import org.netnps.core.record.ComplaintRecord;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.PmRecord;
import org.netnps.core.record.SubscriberRecord;
import org.netnps.core.record.SurveyRecord;
import org.netnps.core.record.XdrRecord;
import org.netnps.io.schema.ColumnSpec;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;

/**
 * Writes a dataset directory in the data contract: dataset.json, cells.csv, subscribers.csv,
 * xdr/xdr-DATE.csv.gz and pm/pm-DATE.csv.gz (long form) per UTC date, alarms.csv, surveys.csv,
 * complaints.csv. Streams everything; gzip at level 1 (speed over size). Files are first written
 * under a ".partial" name and renamed on close, so a crash never leaves a file that looks whole.
 */
public final class ContractDatasetWriter implements DatasetSink {
  private static final String CELLS = header(ContractSchemas.CELLS);
  private static final String SUBSCRIBERS = header(ContractSchemas.SUBSCRIBERS);
  private static final String XDR = header(ContractSchemas.XDR);
  private static final String PM = header(ContractSchemas.PM).replace(",suspect", "");
  private static final String ALARMS = header(ContractSchemas.ALARMS);
  private static final String SURVEYS = header(ContractSchemas.SURVEYS);
  private static final String COMPLAINTS = header(ContractSchemas.COMPLAINTS);

  private final Path dir;
  private final CsvLine line = new CsvLine();
  private final Map<String, Output> outputs = new TreeMap<>();
  private boolean closed;

  public ContractDatasetWriter(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir.resolve("xdr"));
    Files.createDirectories(dir.resolve("pm"));
  }

  @Override
  public void manifest(String name, String timezone, int gridResolution) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("timezone", timezone);
    m.put("grid_resolution", gridResolution);
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("dataset.json").toFile(), m);
  }

  @Override
  public void cell(CellRecord c) throws IOException {
    OutputStream out = output("cells.csv", CELLS);
    line.text(c.cellId()).text(c.siteId()).text(c.rat().code()).number(c.lat(), 6).number(c.lon(), 6)
        .number(c.azimuthDeg(), 1).number(c.heightM(), 1).number(c.mechTiltDeg(), 1).number(c.elecTiltDeg(), 1)
        .number(c.freqMhz(), 1).number(c.bandwidthMhz(), 1).number(c.txPowerDbm(), 1).integer(c.pci())
        .text(c.region()).writeTo(out);
  }

  @Override
  public void subscriber(SubscriberRecord s) throws IOException {
    OutputStream out = output("subscribers.csv", SUBSCRIBERS);
    line.text(s.subscriberId()).text(s.plan()).text(s.deviceModel()).integer(s.device5g() ? 1 : 0)
        .integer(s.tenureMonths()).number(s.arpu(), 2).text(s.region()).writeTo(out);
  }

  @Override
  public void xdr(XdrRecord x) throws IOException {
    OutputStream out = output("xdr/xdr-" + CsvLine.utcDate(x.startTime) + ".csv.gz", XDR);
    line.timestamp(x.startTime).integer(x.durationMs).text(x.subscriberId).text(x.service.code())
        .text(x.cellId).text(x.rat == null ? null : x.rat.code()).number(x.lat, 5).number(x.lon, 5)
        .number(x.rsrpDbm, 1).number(x.sinrDb, 1);
    integer(x.dlBytes);
    integer(x.ulBytes);
    line.number(x.dlKbps, 1).number(x.rttMs, 1).number(x.retransPct, 2).number(x.pageLoadMs, 0);
    if (x.httpOk < 0) {
      line.empty();
    } else {
      line.integer(x.httpOk);
    }
    line.number(x.startDelayMs, 0);
    integer(x.stallCount);
    line.number(x.stallMs, 0).number(x.bitrateKbps, 0);
    integer(x.heightPx);
    line.text(x.callResult == null ? null : x.callResult.code()).number(x.setupMs, 0)
        .text(x.codec == null ? null : x.codec.code()).number(x.codecKbps, 2).number(x.lossPct, 2)
        .number(x.jitterMs, 1).number(x.delayMs, 1).text(x.tac).writeTo(out);
  }

  @Override
  public void pm(PmRecord v) throws IOException {
    OutputStream out = output("pm/pm-" + CsvLine.utcDate(v.periodStart()) + ".csv.gz", PM);
    line.timestamp(v.periodStart()).integer(v.periodS()).text(v.cellId()).text(v.counter()).number(v.value(), 3)
        .writeTo(out);
  }

  @Override
  public void alarm(AlarmRecord a) throws IOException {
    OutputStream out = output("alarms.csv", ALARMS);
    line.text(a.alarmId()).text(a.objectId()).timestamp(a.raisedAt());
    if (a.clearedAt() < 0) {
      line.empty();
    } else {
      line.timestamp(a.clearedAt());
    }
    line.text(a.severity().code()).text(a.probableCause()).text(a.specificProblem()).writeTo(out);
  }

  @Override
  public void survey(SurveyRecord s) throws IOException {
    OutputStream out = output("surveys.csv", SURVEYS);
    line.text(s.subscriberId()).timestamp(s.surveyedAt()).integer(s.score()).writeTo(out);
  }

  @Override
  public void complaint(ComplaintRecord c) throws IOException {
    OutputStream out = output("complaints.csv", COMPLAINTS);
    line.text(c.ticketId()).text(c.subscriberId()).timestamp(c.createdAt()).text(c.category().code())
        .number(c.lat(), 5).number(c.lon(), 5).writeTo(out);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    // the optional tables exist even when empty, so a reader sees "no complaints", not "not exported"
    open("alarms.csv", ALARMS);
    open("surveys.csv", SURVEYS);
    open("complaints.csv", COMPLAINTS);
    IOException first = null;
    for (Output o : outputs.values()) {
      try {
        o.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void integer(long v) {
    if (v == XdrRecord.MISSING) {
      line.empty();
    } else {
      line.integer(v);
    }
  }

  /** A header in the schema's column order (the order the fields are written in). */
  private static String header(TableSchema schema) {
    return schema.columns().stream().map(ColumnSpec::name).collect(Collectors.joining(","));
  }

  /** Rows written so far per file (relative path), headers excluded. */
  public Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    outputs.forEach((name, o) -> counts.put(name, o.rows));
    return counts;
  }

  /** The stream of a file, for one more row. */
  private OutputStream output(String name, String header) throws IOException {
    Output o = open(name, header);
    o.rows++;
    return o.stream;
  }

  private Output open(String name, String header) throws IOException {
    Output o = outputs.get(name);
    if (o == null) {
      o = new Output(dir.resolve(name));
      outputs.put(name, o);
      o.stream.write((header + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    return o;
  }

  /** A file written under a temporary name, renamed into place when complete. */
  private static final class Output {
    final Path target;
    final Path partial;
    final OutputStream stream;
    long rows;

    Output(Path target) throws IOException {
      this.target = target;
      this.partial = target.resolveSibling(target.getFileName() + ".partial");
      OutputStream file = Files.newOutputStream(partial);
      this.stream = target.toString().endsWith(".gz")
          ? new BufferedOutputStream(new FastGzip(file), 1 << 16)
          : new BufferedOutputStream(file, 1 << 16);
    }

    void close() throws IOException {
      stream.close();
      Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** gzip at level 1. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
