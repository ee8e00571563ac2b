package org.netnps.core.diagnosis;

import java.util.List;
import org.netnps.core.domain.ProblemCause;

/**
 * A diagnosed network problem before its NPS impact is known: the cause, the implicated cells
 * (empty for a device), the device model (device causes), the window in hours of the twin
 * [startHour, endHour), the evidence in words and a confidence 0..1.
 */
public record Candidate(ProblemCause cause, List<Integer> cells, String deviceModel, int startHour, int endHour,
    String evidence, double confidence) {
  public Candidate {
    if (endHour <= startHour) {
      throw new IllegalArgumentException("a finding's window must not be empty: [" + startHour + ", " + endHour + ")");
    }
    cells = List.copyOf(cells);
  }
}
