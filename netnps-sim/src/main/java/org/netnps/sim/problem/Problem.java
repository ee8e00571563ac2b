package org.netnps.sim.problem;

import java.util.List;

/**
 * An injected problem with its ground truth: the cells (or site, or device model) it hits, the
 * place (local metres), the window [start, end) in epoch ms, and its magnitude in the type's unit:
 * extra PRB load (event congestion), extra downtilt in degrees (mis-tilt), noise rise in dB
 * (interference), added RTT in ms (transport), failure multiplier (device), handover failure
 * probability (handover). Unused for outages.
 */
public record Problem(String id, ProblemType type, List<String> cellIds, String siteId,
    String deviceModel, double x, double y, long start, long end, double magnitude) {

  public boolean activeAt(long t) {
    return t >= start && t < end;
  }

  public boolean overlaps(long from, long to) {
    return start < to && end > from;
  }
}
