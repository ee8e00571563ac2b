package org.netnps.app.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.experience.Places;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.qoe.QoeThresholds;
import org.netnps.core.qoe.SessionScorer;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.GridHours;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.scan.ExperienceScan;
import org.netnps.io.scan.ScanResult;
import org.netnps.io.write.ContractDatasetWriter;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import org.netnps.sim.truth.TruthSink;

/**
 * The session files of a dataset read on several threads, each into its own shard, and merged,
 * give the pass one thread gives: the same subscribers in the same order, the same profiles,
 * poor events, cell-hours and grid-hours.
 */
class ShardedScanTest {
  @TempDir
  static Path dir;
  static ScanResult oneThread;
  static ScanResult threeShards;
  static ScanResult smallPlaceLogs;

  @BeforeAll
  static void simulateAndScanTwice() throws Exception {
    Scenario sc = Scenario.of(Preset.TINY, 5).withSize(Preset.TINY.subscribers, 4);
    try (ContractDatasetWriter w = new ContractDatasetWriter(dir)) {
      new Srcon(World.build(sc), 2).run(w, TruthSink.discard());
    }
    oneThread = scan(1, Long.MAX_VALUE);
    threeShards = scan(3, Long.MAX_VALUE);
    smallPlaceLogs = scan(3, 997);
  }

  private static ScanResult scan(int shards, long placeLogSessions) {
    ExperienceScan scan = new ExperienceScan(new SessionScorer(QoeThresholds.DEFAULTS), new GridIndexer(9),
        Long.MAX_VALUE, shards, placeLogSessions);
    new DatasetReader(dir, CounterMapping.defaults()).read(scan, n -> {});
    return scan.result();
  }

  @Test
  void subscribersAreNumberedInTheOrderTheyWereFirstSeen() {
    assertTrue(oneThread.sessions() > 10_000, "a dataset worth splitting: " + oneThread.sessions());
    assertEquals(oneThread.subscribers(), threeShards.subscribers());
    for (int s = 0; s < oneThread.subscribers(); s++) {
      assertEquals(oneThread.ids().id(s), threeShards.ids().id(s));
    }
    assertArrayEquals(oneThread.seen(), threeShards.seen());
    assertEquals(oneThread.sessions(), threeShards.sessions());
    assertEquals(oneThread.poorSessions(), threeShards.poorSessions());
    assertEquals(oneThread.periodStartMs(), threeShards.periodStartMs());
    assertEquals(oneThread.periodEndMs(), threeShards.periodEndMs());
  }

  @Test
  void profilesAreTheSameDayByDay() {
    for (int s = 0; s < oneThread.subscribers(); s++) {
      var a = oneThread.profiles()[s];
      var b = threeShards.profiles()[s];
      assertEquals(a.firstDay(), b.firstDay());
      assertEquals(a.lastDay(), b.lastDay());
      for (int d = a.firstDay(); a.firstDay() <= a.lastDay() && d <= a.lastDay(); d++) {
        float[] x = a.day(d);
        float[] y = b.day(d);
        for (int f = 0; f < x.length; f++) {
          assertEquals(x[f], y[f], 1e-3 * Math.max(1, Math.abs(x[f])), "subscriber " + s + " day " + d + " field " + f);
        }
      }
      assertEquals(a.cells().busiest(), b.cells().busiest());
      assertEquals(places(a.grids()), places(b.grids()), "grids of subscriber " + s);
      assertEquals(places(a.cells()), places(b.cells()), "cells of subscriber " + s);
    }
  }

  @Test
  void placesCountedWhenTheLogFillsEqualPlacesCountedAtTheEnd() {
    assertTrue(oneThread.sessions() > 30 * 997, "the logs fill many times: " + oneThread.sessions());
    for (int s = 0; s < oneThread.subscribers(); s++) {
      var a = oneThread.profiles()[s];
      var b = smallPlaceLogs.profiles()[s];
      assertEquals(places(a.grids()), places(b.grids()), "grids of subscriber " + s);
      assertEquals(places(a.cells()), places(b.cells()), "cells of subscriber " + s);
    }
  }

  private static Map<Long, List<Integer>> places(Places p) {
    Map<Long, List<Integer>> m = new HashMap<>();
    for (int i = 0; i < p.size(); i++) {
      m.put(p.key(i), List.of(p.sessions(i), p.poor(i)));
    }
    return m;
  }

  @Test
  void poorEventsComeInOneOrder() {
    var a = oneThread.poorEvents();
    var b = threeShards.poorEvents();
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.startMs(i), b.startMs(i));
      assertEquals(a.subscriber(i), b.subscriber(i));
      assertEquals(a.cell(i), b.cell(i));
      assertEquals(a.reason(i), b.reason(i));
      assertEquals(a.grid(i), b.grid(i));
    }
  }

  @Test
  void cellHoursAndGridHoursAddUpTheSame() {
    CellHours x = oneThread.cellHours();
    CellHours y = threeShards.cellHours();
    assertEquals(x.hours(), y.hours());
    for (int c = 0; c < x.cells(); c++) {
      for (int h = 0; h < x.hours(); h++) {
        assertEquals(x.get(c, h, CellHours.Field.SESSIONS), y.get(c, h, CellHours.Field.SESSIONS),
            "cell " + c + " hour " + h + " of " + x.hours());
        assertEquals(x.get(c, h, CellHours.Field.POOR), y.get(c, h, CellHours.Field.POOR));
      }
    }
    GridHours g = oneThread.gridHours();
    GridHours k = threeShards.gridHours();
    assertEquals(g.grids(), k.grids());
    for (int row = 0; row < g.grids(); row++) {
      int other = k.rowOf(g.grid(row));
      assertEquals(g.total(row, GridHours.Field.SESSIONS), k.total(other, GridHours.Field.SESSIONS));
      for (int h = 0; h < g.hours(); h++) {
        int kh = k.hourOf(g.hourStartMs(h));
        if (g.get(row, h, GridHours.Field.VOTE_COUNT) * 2 > g.get(row, h, GridHours.Field.SESSIONS)) {
          assertEquals(g.servingCell(row, h), k.servingCell(other, kh), "a majority cell is found however it is split");
        }
      }
    }
    assertEquals(oneThread.gridVisits().size(), threeShards.gridVisits().size());
  }
}
