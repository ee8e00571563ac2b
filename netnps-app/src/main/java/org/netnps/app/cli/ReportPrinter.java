package org.netnps.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.Rejection;

/** Prints a dataset report for people or, with --json, for programs. */
final class ReportPrinter {
  private final PrintStream out;

  ReportPrinter(PrintStream out) {
    this.out = out;
  }

  void text(DatasetReport report, RejectSample sample) {
    out.printf("dataset %s (time zone %s, H3 resolution %d)%n", report.manifest().name(),
        report.manifest().timezone(), report.manifest().gridResolution());
    for (FileReport f : report.files()) {
      out.printf("  %-40s %10d read %10d accepted %8d rejected%s%n", f.path(), f.read(), f.accepted(),
          f.rejected(), f.failed() ? "  ERROR: " + f.error() : "");
    }
    for (String s : report.skipped()) {
      out.printf("  %-40s skipped: ingested before, unchanged%n", s);
    }
    out.printf("  %-40s %10d read %10d accepted %8d rejected%n", "total", report.read(),
        report.accepted(), report.rejected());
    if (!sample.first().isEmpty()) {
      out.println("first rejected rows:");
      sample.first().forEach(r -> out.println("  " + r.describe()));
    }
  }

  void json(DatasetReport report, RejectSample sample) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("dataset", report.manifest().name());
    ArrayNode files = root.putArray("files");
    for (FileReport f : report.files()) {
      ObjectNode n = files.addObject();
      n.put("path", f.path());
      n.put("kind", f.kind());
      n.put("read", f.read());
      n.put("accepted", f.accepted());
      n.put("rejected", f.rejected());
      if (f.failed()) {
        n.put("error", f.error());
      }
    }
    root.put("read", report.read());
    root.put("accepted", report.accepted());
    root.put("rejected", report.rejected());
    ArrayNode rejects = root.putArray("first_rejects");
    for (Rejection r : sample.first()) {
      ObjectNode n = rejects.addObject();
      n.put("file", r.file());
      n.put("line", r.line());
      n.put("column", r.column());
      n.put("value", r.value());
      n.put("reason", r.reason());
    }
    out.println(mapper.writeValueAsString(root));
  }
}
