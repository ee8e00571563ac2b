package org.netnps.app.loop;

import com.uber.h3core.H3Core;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.netnps.core.domain.ActionType;
import org.netnps.io.store.ActionStore;

/**
 * A randomised holdout of a plan: its grid actions grouped into clusters (actions on the same or
 * neighbouring grids, linked transitively), and a share of the clusters drawn at random to be held
 * back while the rest is implemented. The held-out clusters were chosen by the same plan for the
 * same kinds of problem, so they recover by themselves as much as the treated ones would have: the
 * comparison that matched controls cannot give (docs/loop.md).
 *
 * <p>Clusters are at least 2 grids apart. Keeping them 4 apart, as matched controls are kept from
 * actions, left 3-7 clusters of 27-35 actions on three simulated cities (too few to compare); at
 * 2, users of a treated cluster may reach a held-out one next to it, which moves the held-out
 * units the same way as the treated and so can only shrink the estimate.
 */
public final class Holdout {
  /** Actions on grids this many grids apart or nearer are one cluster: the same grid or neighbours. */
  static final int LINK = 1;

  private Holdout() {}

  /** The clusters drawn to be held out and the ones to implement, each as its actions. */
  public record Draw(List<List<ActionStore.StoredAction>> heldOut, List<List<ActionStore.StoredAction>> implement) {
    /** The clusters of grid actions drawn from (held out or not; device campaigns and actions without a grid aside). */
    public int gridClusters() {
      return heldOut.size() + (int) implement.stream().filter(c -> onGrids(c.get(0))).count();
    }

    /** The ids of the held-out actions. */
    public Set<String> heldOutIds() {
      Set<String> out = new TreeSet<>();
      heldOut.forEach(c -> c.forEach(a -> out.add(a.actionId())));
      return out;
    }
  }

  /**
   * Draws {@code share} of the clusters of {@code actions}' grid actions (rounded, at least one
   * and at least one left) with a generator seeded by {@code seed}; actions without a grid and
   * device campaigns are not drawn (they stay in {@code implement} as clusters of their own).
   */
  public static Draw draw(List<ActionStore.StoredAction> actions, double share, long seed) {
    return draw(actions, share, seed, Verification.h3());
  }

  static Draw draw(List<ActionStore.StoredAction> actions, double share, long seed, H3Core h3) {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("the held-out share must lie between 0 and 1, but was " + share);
    }
    List<ActionStore.StoredAction> grid = actions.stream().filter(Holdout::onGrids).toList();
    List<List<ActionStore.StoredAction>> clusters = clusters(grid, h3);
    if (clusters.size() < 2) {
      throw new IllegalArgumentException("a holdout needs at least 2 clusters of grid actions at least "
          + (LINK + 1) + " grids apart, but the " + grid.size() + " grid actions make " + clusters.size());
    }
    int k = (int) Math.max(1, Math.min(clusters.size() - 1, Math.round(share * clusters.size())));
    List<List<ActionStore.StoredAction>> shuffled = new ArrayList<>(clusters);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      shuffled.set(j, shuffled.set(i, shuffled.get(j)));
    }
    List<List<ActionStore.StoredAction>> implement = new ArrayList<>(shuffled.subList(k, shuffled.size()));
    actions.stream().filter(a -> !onGrids(a)).forEach(a -> implement.add(List.of(a)));
    return new Draw(List.copyOf(shuffled.subList(0, k)), implement);
  }

  /** Whether an action is measured on grids: it has a grid and is not a device campaign. */
  static boolean onGrids(ActionStore.StoredAction a) {
    return a.gridId() != null && !a.gridId().isEmpty() && !ActionType.DEVICE_CAMPAIGN.code().equals(a.action());
  }

  /**
   * The actions grouped so that two actions whose grids lie within {@link #LINK} grids are in one
   * cluster, in the order of their first action id, each sorted by action id.
   */
  static List<List<ActionStore.StoredAction>> clusters(List<ActionStore.StoredAction> actions, H3Core h3) {
    List<ActionStore.StoredAction> sorted = actions.stream()
        .sorted(Comparator.comparing(ActionStore.StoredAction::actionId)).toList();
    int[] parent = new int[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      for (int j = 0; j < i; j++) {
        if (near(sorted.get(i).gridId(), sorted.get(j).gridId(), h3)) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    List<List<ActionStore.StoredAction>> out = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      int r = root(parent, i);
      int at = roots.indexOf(r);
      if (at < 0) {
        roots.add(r);
        out.add(new ArrayList<>());
        at = out.size() - 1;
      }
      out.get(at).add(sorted.get(i));
    }
    return out.stream().map(List::copyOf).toList();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static boolean near(String a, String b, H3Core h3) {
    return Verification.gridDistance(a, b, h3) <= LINK;
  }
}
