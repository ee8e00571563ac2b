package org.netnps.app.twin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.netnps.app.analyze.ResultsWriter;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.PlannedAction;
import org.netnps.io.write.CsvLine;

/**
 * How the twin's gains valued by netnps's NPS model compare with the same runs valued by SRCON's
 * behaviour model, by action type and as a rank correlation over the candidates. On a SRCON city the
 * behaviour model is the truth, so a ratio far from 1 for one action type says the NPS model answers
 * that kind of change more (or less) than subscribers do; on an operator's twin it is a generic
 * reference (docs/twin.md).
 */
public record ResponseAgreement(List<Row> byAction, double spearman, int candidates) {
  /** whatif.csv's columns: each valued candidate's gain by the NPS model and by SRCON's behaviour model. */
  public static final String COLUMNS = "action_id,action,target,cost,twin_gain,behaviour_gain";

  /** One action type: its valued candidates and their summed gains by each response. */
  public record Row(ActionType action, int candidates, double model, double behaviour) {
    /** The model's gain over the behaviour's; NaN when the behaviour's is not positive. */
    public double ratio() {
      return behaviour > 0 ? model / behaviour : Double.NaN;
    }
  }

  /** Over the candidates either response gave a gain to (a duplicate or one the twin cannot run has none). */
  public static ResponseAgreement of(List<PlannedAction> candidates, TwinGains.Result r) {
    Map<ActionType, double[]> sums = new EnumMap<>(ActionType.class);
    List<Double> model = new ArrayList<>();
    List<Double> behaviour = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!valued(r, i)) {
        continue;
      }
      double[] s = sums.computeIfAbsent(candidates.get(i).action(), k -> new double[3]);
      s[0]++;
      s[1] += r.gains()[i];
      s[2] += r.behaviourGains()[i];
      model.add(r.gains()[i]);
      behaviour.add(r.behaviourGains()[i]);
    }
    List<Row> rows = new ArrayList<>();
    sums.forEach((a, s) -> rows.add(new Row(a, (int) s[0], s[1], s[2])));
    double rho = model.size() < 3 ? Double.NaN : new SpearmansCorrelation().correlation(
        model.stream().mapToDouble(Double::doubleValue).toArray(),
        behaviour.stream().mapToDouble(Double::doubleValue).toArray());
    return new ResponseAgreement(List.copyOf(rows), rho, model.size());
  }

  /**
   * Writes whatif.csv: one row per valued candidate, in the candidates' order.
   * @param ids each candidate's action id in plan.csv
   */
  public static void write(Path file, List<PlannedAction> candidates, List<String> ids, TwinGains.Result r)
      throws IOException {
    try (OutputStream o = ResultsWriter.open(file, COLUMNS)) {
      CsvLine line = new CsvLine();
      for (int i = 0; i < candidates.size(); i++) {
        if (valued(r, i)) {
          PlannedAction a = candidates.get(i);
          line.text(ids.get(i)).text(a.action().code()).text(a.target()).number(a.cost(), 1)
              .number(r.gains()[i], 4).number(r.behaviourGains()[i], 4).writeTo(o);
        }
      }
    }
  }

  private static boolean valued(TwinGains.Result r, int i) {
    return r.gains()[i] != 0 || r.behaviourGains()[i] != 0;
  }
}
