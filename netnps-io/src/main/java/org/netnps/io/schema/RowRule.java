package org.netnps.io.schema;

import org.netnps.io.validate.ColumnBatch;

/** A check across the columns of one parsed row, e.g. an alarm is cleared after it was raised. */
@FunctionalInterface
public interface RowRule {
  /** A violation, or null when the row is fine. */
  Violation check(ColumnBatch batch, int row);

  /** Which column broke the rule and why. */
  record Violation(String column, String reason) {}
}
