package org.netnps.app.loop;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.io.store.ActionStore;

/**
 * An A/A test of the randomised holdout: on data where the plan was not carried out (the days
 * before it, or a simulated run without it), many holdouts are drawn as {@link Holdout} draws them,
 * and each is compared as if the rest of the plan had been implemented at a given time. Nothing
 * happened, so every verification is a false one: their share is the design's false-verification
 * rate on this network, to be read against the nominal 2.5% (an upward interval excluding zero).
 */
public final class HoldoutAaTest {
  private HoldoutAaTest() {}

  /**
   * The draws' outcome: how many could be compared, their expected-NPS estimates' mean and
   * standard deviation, how many Welch's interval alone verifies (upward, excluding zero), how many
   * the full rule verifies ({@link PlanVerification.Result#npsVerified}: also the pre-trend check
   * and the randomisation test), how many have a randomisation p below the rule's threshold, and
   * the reason of the first draw that could not be compared (null when all could).
   */
  public record Summary(int draws, int compared, double meanEstimate, double sdEstimate, int verifiedByWelch,
      int verifiedByRule, int randomisationBelowAlpha, String firstRefusal) {}

  /**
   * Draws {@code draws} holdouts of {@code share} of {@code plan}'s grid clusters (seeds 1 to
   * {@code draws}) and compares each on {@code results} as if the rest were implemented at
   * {@code at}; {@code others} (candidates the plan did not choose) stay in the loop as they are.
   */
  public static Summary run(List<ActionStore.StoredAction> plan, List<ActionStore.StoredAction> others, Path results,
      Instant at, double share, int draws) {
    if (draws < 1) {
      throw new UserException("an A/A test needs at least 1 draw, but was asked for " + draws);
    }
    GridDays g = GridDays.read(results);
    List<Double> estimates = new ArrayList<>();
    int welch = 0;
    int rule = 0;
    int randomisation = 0;
    String firstRefusal = null;
    for (int seed = 1; seed <= draws; seed++) {
      Set<String> heldOut = Holdout.draw(plan, share, seed).heldOutIds();
      List<ActionStore.StoredAction> loop = new ArrayList<>(others);
      plan.forEach(a -> loop.add(as(a, heldOut.contains(a.actionId()) ? ActionStatus.HELD_OUT
          : ActionStatus.IMPLEMENTED, at)));
      PlanVerification.Result r;
      try {
        r = HoldoutVerification.verify(loop, g);
      } catch (UserException e) {
        firstRefusal = firstRefusal == null ? "draw " + seed + ": " + e.getMessage() : firstRefusal;
        continue;
      }
      DifferenceInDifferences.Effect e = r.effects().get("expected_nps");
      if (e == null) {
        firstRefusal = firstRefusal == null ? "draw " + seed + ": " + r.whyNotVerified() : firstRefusal;
        continue;
      }
      estimates.add(e.estimate());
      welch += e.verified() && e.estimate() > 0 ? 1 : 0;
      rule += r.npsVerified() ? 1 : 0;
      randomisation += r.randomisationP() < PlanVerification.RANDOMISATION_ALPHA ? 1 : 0;
    }
    double mean = estimates.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double squares = estimates.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    double sd = estimates.size() < 2 ? Double.NaN : Math.sqrt(squares / (estimates.size() - 1));
    return new Summary(draws, estimates.size(), mean, sd, welch, rule,
        randomisation, firstRefusal);
  }

  private static ActionStore.StoredAction as(ActionStore.StoredAction a, ActionStatus status, Instant at) {
    return new ActionStore.StoredAction(a.actionId(), a.findingId(), a.action(), a.target(), a.gridId(),
        a.expectedNpsGain(), a.cost(), status, status == ActionStatus.IMPLEMENTED ? at : null);
  }
}
