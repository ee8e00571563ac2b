package org.netnps.app.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.H3Core;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
import org.netnps.io.store.ActionStore;

/**
 * A plan verified against a random part of itself held back: 12 load balancings at least 5 grids
 * apart, 4 of them held out, and 8 other candidates the plan did not choose; hourly grid rows
 * written for the purpose, 10 days, implementation on day 6.
 */
class HoldoutTest {
  private static final String CENTRE = "89650509363ffff";
  private static final Instant DAY_6 = SyntheticGrids.DAY_6;

  @TempDir
  Path tmp;
  private H3Core h3;
  private List<String> grids;   // 12 of the plan, then 8 candidates it did not choose

  @BeforeEach
  void spreadActions() throws Exception {
    h3 = H3Core.newInstance();
    grids = SyntheticGrids.spread(h3, h3.gridDisk(CENTRE, 14), 20, 5);
    assertEquals(20, grids.size());
  }

  @Test
  void actionsOnTheSameOrNeighbouringGridsAreOneClusterAndOnlyThose() {
    String a = grids.get(0);
    String neighbour = h3.gridRingUnsafe(a, 1).get(0);
    String nextToNeighbour = h3.gridRingUnsafe(neighbour, 1).stream()
        .filter(g -> h3.gridDistance(g, a) == 2).findFirst().orElseThrow();
    List<ActionStore.StoredAction> actions = List.of(action("A1", a, ActionStatus.APPROVED),
        action("A2", neighbour, ActionStatus.APPROVED), action("A3", nextToNeighbour, ActionStatus.APPROVED),
        action("A4", grids.get(1), ActionStatus.APPROVED), action("A5", a, ActionStatus.APPROVED));
    List<List<ActionStore.StoredAction>> clusters = Holdout.clusters(actions, h3);
    assertEquals(List.of(List.of("A1", "A2", "A3", "A5"), List.of("A4")),
        clusters.stream().map(c -> c.stream().map(ActionStore.StoredAction::actionId).toList()).toList(),
        "A3 joins A1 through A2 (transitively); A4 is 5 grids away");
  }

  @Test
  void aDrawHoldsOutAShareOfWholeClustersReproduciblyAndNeverADeviceCampaign() {
    List<ActionStore.StoredAction> plan = new ArrayList<>(plan(ActionStatus.APPROVED, Set.of()));
    plan.add(new ActionStore.StoredAction("D1", "FD1", "device_campaign", "Astra A54 5G", CENTRE, 0.5, 1,
        ActionStatus.APPROVED, null));
    Holdout.Draw d = Holdout.draw(plan, 0.3, 7);
    assertEquals(4, d.heldOut().size(), "0.3 of 12 clusters, rounded");
    assertEquals(9, d.implement().size(), "8 clusters and the device campaign");
    assertEquals(12, d.gridClusters());
    assertTrue(d.implement().contains(List.of(plan.get(12))));
    assertEquals(ids(d), ids(Holdout.draw(plan, 0.3, 7)), "the same seed draws the same clusters");
    Set<Set<String>> draws = new HashSet<>();
    for (long seed = 1; seed <= 10; seed++) {
      draws.add(ids(Holdout.draw(plan, 0.3, seed)));
    }
    assertTrue(draws.size() >= 8, "ten seeds drew " + draws.size() + " different holdouts");
    assertThrows(IllegalArgumentException.class, () -> Holdout.draw(plan.subList(0, 1), 0.3, 1),
        "one cluster cannot be split into treated and held out");
    assertThrows(IllegalArgumentException.class, () -> Holdout.draw(plan, 1.0, 1));
  }

  @Test
  void aPlanThatGainsIsVerifiedAgainstItsHoldoutAtItsEffect() throws Exception {
    write(3.0, 0.0);
    PlanVerification.Result r = HoldoutVerification.verify(loop(), tmp);
    assertEquals(PlanVerification.Design.RANDOMISED_HOLDOUT, r.design());
    assertEquals(8, r.units());
    assertEquals(4, r.controlUnits());
    assertEquals(3.0, r.effects().get("expected_nps").estimate(), 0.8, r.toString());
    assertTrue(r.npsVerified(), r.toString());
    // 8 treated of 12 clusters: C(12, 8) = 495 splits, all counted; the drawn one is about the most extreme
    assertTrue(r.randomisationP() <= 3.0 / 495, "randomisation p " + r.randomisationP());
  }

  /**
   * Every grid the plan chose recovers by 2 points after day 6 by itself (its problem ends, a bad
   * week passes); the actions do nothing. Compared with candidates the plan did not choose, the
   * plan looks verified; against its own held-out part it is not. Over 10 cities of noise, since
   * one holdout comparison may still be a false one in 20.
   */
  @Test
  void gridsThePlanChoseRecoveringByThemselvesAreNotTakenForItsEffect() throws Exception {
    List<ActionStore.StoredAction> allImplemented = plan(ActionStatus.IMPLEMENTED, Set.of());
    List<ActionStore.StoredAction> unchosen = new ArrayList<>(allImplemented);
    unchosen.addAll(candidates());
    int cities = 10;
    double holdoutSum = 0;
    double matchedSum = 0;
    int holdoutVerified = 0;
    int matchedVerified = 0;
    int randomisationBelow5 = 0;
    for (int seed = 1; seed <= cities; seed++) {
      write(0.0, 2.0, seed);
      PlanVerification.Result holdout = HoldoutVerification.verify(loop(), tmp);
      PlanVerification.Result matched = PlanVerification.verify(allImplemented, unchosen, tmp);
      holdoutSum += holdout.effects().get("expected_nps").estimate();
      matchedSum += matched.effects().get("expected_nps").estimate();
      holdoutVerified += holdout.npsVerified() ? 1 : 0;
      matchedVerified += matched.npsVerified() ? 1 : 0;
      randomisationBelow5 += holdout.randomisationP() < 0.05 ? 1 : 0;
      assertTrue(Double.isNaN(matched.randomisationP()), "no draw behind matched controls");
    }
    assertTrue(randomisationBelow5 <= 2, randomisationBelow5 + " of " + cities + " with randomisation p below 0.05");
    assertEquals(0.0, holdoutSum / cities, 0.4, "mean estimate against the holdout");
    assertTrue(holdoutVerified <= 2, holdoutVerified + " of " + cities + " verified against the holdout");
    assertEquals(2.0, matchedSum / cities, 0.4, "mean estimate against candidates the plan did not choose");
    assertTrue(matchedVerified >= 9, matchedVerified + " of " + cities + " verified against unchosen candidates");
  }

  @Test
  void aClusterWithImplementedAndHeldOutActionsIsLeftOutWithTheReason() throws Exception {
    write(3.0, 0.0);
    List<ActionStore.StoredAction> loop = new ArrayList<>(loop());
    String heldOutGrid = firstHeldOutGrid(loop);
    loop.add(new ActionStore.StoredAction("A199", "F199", "load_balance", "S0199L2",
        h3.gridRingUnsafe(heldOutGrid, 1).get(0), 0.1, 1, ActionStatus.IMPLEMENTED, DAY_6));
    PlanVerification.Result r = HoldoutVerification.verify(loop, tmp);
    assertEquals(3, r.controlUnits());
    assertTrue(r.leftOut().get("A199").contains("implemented and held-out"), r.leftOut().toString());
  }

  @Test
  void aGridInTheDiscsOfTwoClustersBelongsToNeither() throws Exception {
    write(3.0, 0.0);
    List<ActionStore.StoredAction> loop = new ArrayList<>(loop());
    String heldOutGrid = firstHeldOutGrid(loop);
    String twoAway = h3.gridRingUnsafe(heldOutGrid, 2).get(0);   // a cluster of its own, its disc touching
    loop.add(new ActionStore.StoredAction("A198", "F198", "load_balance", "S0198L1", twoAway, 0.1, 1,
        ActionStatus.IMPLEMENTED, DAY_6));
    Set<String> shared = new HashSet<>(h3.gridDisk(heldOutGrid, 1));
    shared.retainAll(h3.gridDisk(twoAway, 1));
    assertFalse(shared.isEmpty());
    PlanVerification.Result r = HoldoutVerification.verify(loop, tmp);
    assertEquals(9, r.units());
    assertTrue(shared.stream().noneMatch(g -> r.treated().contains(g) || r.controls().contains(g)),
        shared + " in " + r);
    assertTrue(r.treated().containsAll(h3.gridDisk(twoAway, 1).stream().filter(g -> !shared.contains(g)).toList()));
  }

  /**
   * A simulator can replay the city without the plan on the same random streams: the same units'
   * changes then differ by exactly what the plan did, on the treated clusters (+3) and on the
   * held-out ones it spilled onto (+0.5 here), although both runs carry the same noise and a
   * recovery of the grids the plan chose.
   */
  @Test
  void theRunWithoutThePlanGivesTheTrueEffectAndWhatSpilledOntoTheHoldout() throws Exception {
    write(tmp.resolve("with"), 3.0, 1.0, 0.5, 5);
    write(tmp.resolve("without"), 0.0, 1.0, 0.0, 5);
    HoldoutVerification.Spillover s = HoldoutVerification.spillover(loop(), tmp.resolve("with"),
        tmp.resolve("without"));
    assertEquals(3.0, s.treated().estimate(), 1e-9);
    assertEquals(8, s.treated().controlUnits());
    assertEquals(0.5, s.heldOut().estimate(), 1e-9);
    assertEquals(4, s.heldOut().controlUnits());
    // by distance from the implemented actions' grids: their discs gain the +3; nothing lies 2 or 3
    // rings out (the actions are 5 apart); the held-out discs' +0.5 is in the bands from 4 out
    List<HoldoutVerification.DistanceBand> bands = s.byDistance();
    assertEquals(List.of(0, 2, 3, 4, 7, 11), bands.stream().map(HoldoutVerification.DistanceBand::fromRing).toList());
    assertEquals(3.0, bands.get(0).spill().estimate(), 1e-9);
    assertEquals(8 * 7, bands.get(0).grids(), "the 8 implemented actions' discs, 7 grids each");
    assertEquals(0.0, bands.get(1).spill().estimate(), 1e-9);
    assertEquals(0.0, bands.get(2).spill().estimate(), 1e-9);
    double spilledBeyond = bands.subList(3, bands.size()).stream().filter(b -> b.spill() != null)
        .mapToDouble(b -> b.spill().estimate() * b.grids()).sum();
    assertEquals(0.5 * 4 * 7, spilledBeyond, 1e-6, "the 4 held-out discs, 7 grids each, +0.5");
    assertEquals(4, s.heldOutRings().size());
    assertTrue(s.heldOutRings().stream().allMatch(r -> r >= 4), s.heldOutRings().toString());
    write(tmp.resolve("none"), 0.0, 1.0, 0.0, 5);
    assertEquals(0.0, HoldoutVerification.spillover(loop(), tmp.resolve("without"), tmp.resolve("none")).heldOut()
        .estimate(), 1e-9, "the same run twice: nothing spilled");
  }

  /**
   * An A/A test on a city where the plan's grids recover by 2 points by themselves and the actions
   * do nothing: 60 holdouts drawn, each compared as if the rest were implemented on day 6. The
   * estimates centre on zero, and the few draws that verify are false verifications, at most as
   * many under the full rule as under Welch's interval alone.
   */
  @Test
  void anAaTestWhereNothingWasDoneCentresOnZeroWithFewFalseVerifications() throws Exception {
    write(0.0, 2.0, 5);
    HoldoutAaTest.Summary s = HoldoutAaTest.run(plan(ActionStatus.APPROVED, Set.of()), candidates(), tmp, DAY_6,
        0.3, 60);
    assertEquals(60, s.compared(), s.toString());
    assertEquals(0.0, s.meanEstimate(), 0.4, s.toString());
    assertTrue(s.sdEstimate() > 0, s.toString());
    assertTrue(s.verifiedByRule() <= 6, s.toString());
    assertTrue(s.verifiedByRule() <= s.verifiedByWelch(), s.toString());
    assertThrows(UserException.class, () -> HoldoutAaTest.run(plan(ActionStatus.APPROVED, Set.of()), candidates(),
        tmp, DAY_6, 0.3, 0));
  }

  @Test
  void anAaTestDrawIsTheHoldoutComparisonOfThatDraw() throws Exception {
    write(3.0, 1.0);
    List<ActionStore.StoredAction> approved = plan(ActionStatus.APPROVED, Set.of());
    HoldoutAaTest.Summary s = HoldoutAaTest.run(approved, candidates(), tmp, DAY_6, 0.3, 1);
    Set<String> heldOut = ids(Holdout.draw(approved, 0.3, 1));
    List<ActionStore.StoredAction> loop = new ArrayList<>(plan(ActionStatus.IMPLEMENTED, heldOut));
    loop.addAll(candidates());
    PlanVerification.Result direct = HoldoutVerification.verify(loop, tmp);
    assertEquals(direct.effects().get("expected_nps").estimate(), s.meanEstimate(), 1e-12);
    assertEquals(direct.npsVerified() ? 1 : 0, s.verifiedByRule());
  }

  @Test
  void withoutHeldOutActionsThereIsNothingToCompareWith() throws Exception {
    write(3.0, 0.0);
    UserException e = assertThrows(UserException.class,
        () -> HoldoutVerification.verify(plan(ActionStatus.IMPLEMENTED, Set.of()), tmp));
    assertTrue(e.getMessage().contains("netnps loop holdout"), e.getMessage());
  }

  /** The plan with the draw of seed 3 held out, and the candidates it did not choose. */
  private List<ActionStore.StoredAction> loop() {
    Set<String> heldOut = ids(Holdout.draw(plan(ActionStatus.APPROVED, Set.of()), 0.3, 3));
    List<ActionStore.StoredAction> out = new ArrayList<>(plan(ActionStatus.IMPLEMENTED, heldOut));
    out.addAll(candidates());
    return out;
  }

  private List<ActionStore.StoredAction> plan(ActionStatus status, Set<String> heldOut) {
    List<ActionStore.StoredAction> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String id = "A1" + (i < 10 ? "0" : "") + i;
      out.add(action(id, grids.get(i), heldOut.contains(id) ? ActionStatus.HELD_OUT : status));
    }
    return out;
  }

  private List<ActionStore.StoredAction> candidates() {
    List<ActionStore.StoredAction> out = new ArrayList<>();
    for (int i = 12; i < 20; i++) {
      out.add(action("A1" + i, grids.get(i), ActionStatus.PROPOSED));
    }
    return out;
  }

  private static ActionStore.StoredAction action(String id, String grid, ActionStatus status) {
    return new ActionStore.StoredAction(id, "F" + id, "load_balance", "S" + id + "L1", grid, 0.1, 1, status,
        status == ActionStatus.IMPLEMENTED ? DAY_6 : null);
  }

  private static Set<String> ids(Holdout.Draw d) {
    Set<String> out = new HashSet<>();
    d.heldOut().forEach(c -> c.forEach(a -> out.add(a.actionId())));
    return out;
  }

  /**
   * Grids within 18 rings of the centre ({@link SyntheticGrids#write}, noise drawn from
   * {@code seed}); from day 6 the discs of the plan's 12 grids gain {@code recovery}, and the
   * implemented ones {@code effect} on top.
   */
  private void write(double effect, double recovery) throws Exception {
    write(effect, recovery, 5);
  }

  private void write(double effect, double recovery, long seed) throws Exception {
    write(tmp, effect, recovery, 0, seed);
  }

  /** As above, into {@code results}, and the held-out grids' discs gain {@code spill} from day 6. */
  private void write(Path results, double effect, double recovery, double spill, long seed) throws Exception {
    Set<String> heldOut = ids(Holdout.draw(plan(ActionStatus.APPROVED, Set.of()), 0.3, 3));
    Set<String> planned = new HashSet<>();
    Set<String> treated = new HashSet<>();
    Set<String> spilled = new HashSet<>();
    for (ActionStore.StoredAction a : plan(ActionStatus.IMPLEMENTED, heldOut)) {
      planned.addAll(h3.gridDisk(a.gridId(), 1));
      (a.status() == ActionStatus.IMPLEMENTED ? treated : spilled).addAll(h3.gridDisk(a.gridId(), 1));
    }
    Files.createDirectories(results);
    SyntheticGrids.write(results, h3.gridDisk(CENTRE, 18), seed, (grid, day) -> day < 6 ? 0
        : (planned.contains(grid) ? recovery : 0) + (treated.contains(grid) ? effect : 0)
            + (spilled.contains(grid) ? spill : 0));
  }

  private static String firstHeldOutGrid(List<ActionStore.StoredAction> loop) {
    return loop.stream().filter(a -> a.status() == ActionStatus.HELD_OUT).findFirst().orElseThrow().gridId();
  }
}
