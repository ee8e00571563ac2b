package org.netnps.server.api;

import java.util.List;
import java.util.Map;
import org.netnps.io.store.ActionStore;

/**
 * Measures an implemented action's effect (the application wires the difference-in-differences
 * verification of the closed loop in here).
 */
@FunctionalInterface
public interface ActionVerifier {
  /** The outcome: whether the NPS change is verified, a one-line note, and the measured effects. */
  record Verdict(boolean verified, String note, Map<String, Object> details) {}

  /**
   * @param loop every action in the loop: the untreated ones of the same type give the
   *     verification its control grids first
   */
  Verdict verify(ActionStore.StoredAction action, List<ActionStore.StoredAction> loop);

  /**
   * The implemented grid actions measured together, as one plan. A verifier of single actions
   * only (a test's, say) refuses.
   */
  default Verdict verifyPlan(List<ActionStore.StoredAction> implemented, List<ActionStore.StoredAction> loop) {
    throw new Conflict("this server's verifier measures single actions only");
  }
}
