package org.netnps.server.api;

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

  Verdict verify(ActionStore.StoredAction action);
}
