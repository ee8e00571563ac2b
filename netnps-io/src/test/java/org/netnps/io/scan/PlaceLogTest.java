package org.netnps.io.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.Service;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.Places;
import org.netnps.core.twin.GridHours;

/**
 * Sessions logged by two shards, each with its own subscriber numbers and grid-hour rows, count
 * into the same places as adding every session to its subscriber's places as it comes.
 */
class PlaceLogTest {
  private static final long HOUR = 3_600_000L;
  private static final long T0 = 1_772_409_600_000L;

  @Test
  void loggedSessionsCountIntoTheSamePlacesAsAddingThemOneByOne() {
    SplittableRandom r = new SplittableRandom(11);
    int subscribers = 300;
    Places[] directGrids = new Places[subscribers];
    Places[] directCells = new Places[subscribers];
    ExperienceAccumulator[] profiles = new ExperienceAccumulator[subscribers];
    for (int s = 0; s < subscribers; s++) {
      directGrids[s] = new Places();
      directCells[s] = new Places();
      profiles[s] = new ExperienceAccumulator();
    }
    GridHours merged = new GridHours();
    PlaceLog[] logs = {new PlaceLog(), new PlaceLog()};
    GridHours[] shardGrids = {new GridHours(), new GridHours()};
    int[][] global = {shuffled(subscribers, r), shuffled(subscribers, r)};   // local -> global
    for (int i = 0; i < 60_000; i++) {
      int k = r.nextInt(2);
      int local = r.nextInt(subscribers);
      int sub = global[k][local];
      long grid = r.nextInt(5) == 0 ? 0 : 0x89_1234_5600_0000L + r.nextInt(sub % 7 == 0 ? 400 : 6);
      int cell = r.nextInt(40);
      boolean poor = r.nextInt(5) == 0;
      int row = grid == 0 ? -1
          : shardGrids[k].add(grid, T0 + r.nextInt(48) * HOUR, Service.WEB, poor, -90, 10, 5000, 1e6, cell);
      logs[k].add(local, row, cell, poor);
      if (grid != 0) {
        directGrids[sub].add(grid, poor);
      }
      directCells[sub].add(cell, poor);
    }
    int[][] rows = {merged.merge(shardGrids[0]), merged.merge(shardGrids[1])};
    PlaceLog.countInto(List.of(logs), global, rows, merged, profiles);
    for (int s = 0; s < subscribers; s++) {
      assertEquals(counts(directGrids[s]), counts(profiles[s].grids()), "grids of subscriber " + s);
      assertEquals(counts(directCells[s]), counts(profiles[s].cells()), "cells of subscriber " + s);
    }
    assertEquals(0, logs[0].size());
  }

  private static int[] shuffled(int n, SplittableRandom r) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private static Map<Long, List<Integer>> counts(Places p) {
    Map<Long, List<Integer>> m = new HashMap<>();
    for (int i = 0; i < p.size(); i++) {
      m.put(p.key(i), List.of(p.sessions(i), p.poor(i)));
    }
    return m;
  }
}
