package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.PlannedAction;

/** The twin's gains by the NPS model set beside SRCON's behaviour model, action type by action type. */
class ResponseAgreementTest {
  static final List<PlannedAction> CANDIDATES = List.of(
      action("A1", ActionType.LOAD_BALANCE, "C1", 1),
      action("A2", ActionType.LOAD_BALANCE, "C2", 1),
      action("A3", ActionType.ADD_CARRIER, "C1", 8),
      action("A4", ActionType.ADD_CARRIER, "C1", 8),      // a duplicate: valued once, under A3
      action("A5", ActionType.REPAIR_FAULT, "C3", 2));
  static final TwinGains.Result GAINS = new TwinGains.Result(
      new double[] {0.20, 0.10, 0.30, 0, 0.02},
      new double[] {0.10, 0.05, 0.30, 0, -0.01}, 4, 1.0);

  static PlannedAction action(String id, ActionType type, String target, double cost) {
    return new PlannedAction(id, "", type, target, "", 0, cost, 1, Double.NaN);
  }

  @Test
  void sumsEachActionTypesGainsByBothResponsesAndLeavesOutWhatWasNotValued() {
    ResponseAgreement a = ResponseAgreement.of(CANDIDATES, GAINS);
    assertEquals(4, a.candidates(), "the duplicate gained nothing by either");
    ResponseAgreement.Row lb = a.byAction().stream().filter(r -> r.action() == ActionType.LOAD_BALANCE)
        .findFirst().orElseThrow();
    assertEquals(2, lb.candidates());
    assertEquals(0.30, lb.model(), 1e-12);
    assertEquals(0.15, lb.behaviour(), 1e-12);
    assertEquals(2.0, lb.ratio(), 1e-12, "the model answers load balancing twice as much as subscribers do");
    ResponseAgreement.Row repair = a.byAction().stream().filter(r -> r.action() == ActionType.REPAIR_FAULT)
        .findFirst().orElseThrow();
    assertTrue(Double.isNaN(repair.ratio()), "no ratio to a gain the behaviour model does not see");
  }

  @Test
  void ranksTheCandidatesAlikeWhenTheOrderAgrees() {
    // model 0.20, 0.10, 0.30, 0.02 against behaviour 0.10, 0.05, 0.30, -0.01: the same order
    assertEquals(1.0, ResponseAgreement.of(CANDIDATES, GAINS).spearman(), 1e-12);
  }

  @Test
  void writesOneLinePerValuedCandidate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("whatif.csv");
    ResponseAgreement.write(file, CANDIDATES, List.of("A3", "A5", "A1", "A4", "A2"), GAINS);
    List<String> lines = Files.readAllLines(file);
    assertEquals(ResponseAgreement.COLUMNS, lines.get(0));
    assertEquals(5, lines.size(), "a header and four candidates");
    assertEquals("A3,load_balance,C1,1,0.2,0.1", lines.get(1), "under its id in plan.csv");
  }
}
