package org.netnps.core.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * One finding per site and cause when several cells of a site show the same problem in
 * overlapping windows (a site outage, a crowd at an event, a transport link): the union of their
 * cells and windows, the first cell's evidence plus how many cells share it.
 */
public final class SiteGrouping {
  private SiteGrouping() {}

  public static List<Candidate> group(List<Candidate> in, List<CellConfig> cells) {
    List<Candidate> out = new ArrayList<>();
    boolean[] used = new boolean[in.size()];
    for (int i = 0; i < in.size(); i++) {
      if (used[i]) {
        continue;
      }
      Candidate a = in.get(i);
      if (a.cells().isEmpty()) {
        out.add(a);
        continue;
      }
      String site = cells.get(a.cells().get(0)).siteId();
      List<Integer> members = new ArrayList<>(a.cells());
      int start = a.startHour();
      int end = a.endHour();
      for (int j = i + 1; j < in.size(); j++) {
        Candidate b = in.get(j);
        if (!used[j] && b.cause() == a.cause() && !b.cells().isEmpty()
            && cells.get(b.cells().get(0)).siteId().equals(site) && b.startHour() < end && start < b.endHour()) {
          used[j] = true;
          b.cells().stream().filter(c -> !members.contains(c)).forEach(members::add);
          start = Math.min(start, b.startHour());
          end = Math.max(end, b.endHour());
        }
      }
      String evidence = members.size() == 1 ? a.evidence()
          : a.evidence() + "; " + members.size() + " cells of site " + site + " at once";
      out.add(new Candidate(a.cause(), members, null, start, end, evidence, a.confidence()));
    }
    return out;
  }
}
