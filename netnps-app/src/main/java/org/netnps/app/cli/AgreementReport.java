package org.netnps.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.netnps.app.twin.ResponseAgreement;

/** The twin's gains by netnps's NPS model beside SRCON's behaviour model on the same runs, as text and JSON. */
final class AgreementReport {
  private AgreementReport() {}

  static void print(ResponseAgreement a) {
    System.out.printf(Locale.ROOT, "the twin's gains by the NPS model against SRCON's behaviour model on the same "
        + "runs (%d candidates, rank correlation %.2f):%n", a.candidates(), a.spearman());
    System.out.printf(Locale.ROOT, "  %-22s %5s %9s %10s %6s%n", "action", "cands", "model", "behaviour", "ratio");
    for (ResponseAgreement.Row r : a.byAction()) {
      System.out.printf(Locale.ROOT, "  %-22s %5d %+9.3f %+10.3f %6.2f%n", r.action().code(), r.candidates(),
          r.model(), r.behaviour(), r.ratio());
    }
  }

  static void json(ObjectNode o, ResponseAgreement a) {
    o.put("candidates", a.candidates());
    o.put("spearman", a.spearman());
    ArrayNode rows = o.putArray("by_action");
    for (ResponseAgreement.Row r : a.byAction()) {
      ObjectNode n = rows.addObject();
      n.put("action", r.action().code());
      n.put("candidates", r.candidates());
      n.put("model", r.model());
      n.put("behaviour", r.behaviour());
    }
  }
}
