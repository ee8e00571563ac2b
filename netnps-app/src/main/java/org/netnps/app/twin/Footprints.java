package org.netnps.app.twin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.netnps.core.experience.Places;

/**
 * The sites an action at one site reaches in a what-if run: its own, and those it exchanged
 * sessions with. Where a subscriber's sessions at the action's site changed, the sites whose
 * sessions changed the other way took them (the neighbours that took a load-balanced or
 * down-tilted cell's edge users) or gave them up (to a cell whose power went up). Their own
 * subscribers feel the action too, through the load they took on or shed, so the action's gain
 * counts them. Sites with less than {@link #EXCHANGE_SHARE} of the exchanged sessions are left out:
 * satisfaction changes how much subscribers use the network, so counts move a little everywhere.
 */
final class Footprints {
  static final double EXCHANGE_SHARE = 0.05;

  private Footprints() {}

  /** The action's site first, then the sites it exchanged sessions with, by site index. */
  static int[] of(int site, ServingSites base, ServingSites plan) {
    Map<Integer, Long> exchanged = new TreeMap<>();
    long total = 0;
    for (int s = 0; s < base.subscribers(); s++) {
      int change = plan.sessions(s, site) - base.sessions(s, site);
      if (change == 0) {
        continue;
      }
      for (int other : sites(s, base, plan)) {
        int d = plan.sessions(s, other) - base.sessions(s, other);
        if (other != site && Integer.signum(d) == -Integer.signum(change)) {
          exchanged.merge(other, (long) Math.abs(d), Long::sum);
          total += Math.abs(d);
        }
      }
    }
    List<Integer> out = new ArrayList<>(List.of(site));
    for (Map.Entry<Integer, Long> e : exchanged.entrySet()) {
      if (e.getValue() >= EXCHANGE_SHARE * total) {
        out.add(e.getKey());
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The sites that served subscriber s in either run. */
  private static List<Integer> sites(int s, ServingSites base, ServingSites plan) {
    List<Integer> out = new ArrayList<>();
    Places p = plan.places(s);
    for (int i = 0; p != null && i < p.size(); i++) {
      out.add((int) p.key(i));
    }
    Places b = base.places(s);
    for (int i = 0; b != null && i < b.size(); i++) {
      if (plan.sessions(s, (int) b.key(i)) == 0) {
        out.add((int) b.key(i));
      }
    }
    return out;
  }
}
