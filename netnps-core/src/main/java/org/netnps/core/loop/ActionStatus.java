package org.netnps.core.loop;

import java.util.Set;
import org.netnps.core.domain.ContractValue;

/** Where an action is in the closed loop: proposed, approved, implemented, then verified or rejected. */
public enum ActionStatus implements ContractValue {
  PROPOSED,
  APPROVED,
  IMPLEMENTED,
  VERIFIED,
  REJECTED;

  /** The statuses an action may move to from this one. */
  public Set<ActionStatus> next() {
    return switch (this) {
      case PROPOSED -> Set.of(APPROVED, REJECTED);
      case APPROVED -> Set.of(IMPLEMENTED, REJECTED);
      case IMPLEMENTED -> Set.of(VERIFIED, REJECTED);
      case VERIFIED, REJECTED -> Set.of();
    };
  }

  public boolean canMoveTo(ActionStatus to) {
    return next().contains(to);
  }
}
