package org.netnps.core.loop;

import java.util.Set;
import org.netnps.core.domain.ContractValue;

/**
 * Where an action is in the closed loop: proposed, approved, implemented, then verified or
 * rejected. An approved action may be held out: kept back at random as a control while the rest
 * of the plan is measured, then approved again (to be implemented) or rejected.
 */
public enum ActionStatus implements ContractValue {
  PROPOSED,
  APPROVED,
  IMPLEMENTED,
  VERIFIED,
  REJECTED,
  HELD_OUT;

  /** The statuses an action may move to from this one. */
  public Set<ActionStatus> next() {
    return switch (this) {
      case PROPOSED -> Set.of(APPROVED, REJECTED);
      case APPROVED -> Set.of(IMPLEMENTED, REJECTED, HELD_OUT);
      case HELD_OUT -> Set.of(APPROVED, REJECTED);
      case IMPLEMENTED -> Set.of(VERIFIED, REJECTED);
      case VERIFIED, REJECTED -> Set.of();
    };
  }

  public boolean canMoveTo(ActionStatus to) {
    return next().contains(to);
  }
}
