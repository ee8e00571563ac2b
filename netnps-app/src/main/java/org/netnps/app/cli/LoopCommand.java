package org.netnps.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.netnps.app.loop.Holdout;
import org.netnps.app.loop.HoldoutAaTest;
import org.netnps.app.loop.PlanVerification;
import org.netnps.app.loop.Verification;
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.io.results.PlanFile;
import org.netnps.io.store.ActionStore;
import org.netnps.io.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps loop ...}: the closed loop's action lifecycle in the DuckDB store. */
@Command(name = "loop", mixinStandardHelpOptions = true,
    description = "Track actions: propose (from plan.csv), approve, hold out a random part of the plan, implement, "
        + "verify against control grids, reject; every change is kept in table loop_events.",
    subcommands = {LoopCommand.Propose.class, LoopCommand.ListActions.class, LoopCommand.Approve.class,
        LoopCommand.Implement.class, LoopCommand.Reject.class, LoopCommand.HoldOut.class, LoopCommand.Verify.class,
        LoopCommand.VerifyPlan.class, LoopCommand.AaTest.class, LoopCommand.History.class})
public final class LoopCommand {

  /** Options every loop command has. */
  static class Common {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "DuckDB database file")
    Path db;

    @Option(names = "--by", defaultValue = "${sys:user.name}", description = "who does it (default: the OS user)")
    String by;

    @Option(names = "--note", description = "why, for the audit trail")
    String note;
  }

  /** The options of a command that reads a results directory. */
  static class OnResults extends Common {
    @Option(names = "--results", required = true, paramLabel = "RESULTS", description = "results directory")
    Path results;
  }

  @Command(name = "propose", mixinStandardHelpOptions = true, description = "Propose the actions of RESULTS/plan.csv")
  static final class Propose extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "RESULTS", description = "results directory of netnps analyze")
    Path results;

    @Override
    public Integer call() {
      try (DuckDbStore s = DuckDbStore.open(db)) {
        int added = new ActionStore(s).propose(PlanFile.read(results.resolve("plan.csv")), by);
        System.out.printf("%d actions proposed%n", added);
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the actions and their status")
  static final class ListActions extends Common implements Callable<Integer> {
    @Override
    public Integer call() {
      try (DuckDbStore s = DuckDbStore.open(db)) {
        for (ActionStore.StoredAction a : new ActionStore(s).all()) {
          System.out.printf(Locale.ROOT, "%s %-12s %-22s %-16s gain %.3f cost %.0f%s%n", a.actionId(), a.status().code(),
              a.action(), a.target(), a.expectedNpsGain(), a.cost(),
              a.implementedAt() == null ? "" : " implemented " + a.implementedAt());
        }
      }
      return 0;
    }
  }

  /** A move of one action to a status. */
  abstract static class Move extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "ACTION_ID")
    String id;

    abstract ActionStatus to();

    Instant at() {
      return Instant.now();
    }

    @Override
    public Integer call() {
      try (DuckDbStore s = DuckDbStore.open(db)) {
        ActionStore.StoredAction a = new ActionStore(s).move(id, to(), by, note, at());
        System.out.printf("%s is %s%n", a.actionId(), a.status().code());
      }
      return 0;
    }
  }

  @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve a proposed action")
  static final class Approve extends Move {
    @Override
    ActionStatus to() {
      return ActionStatus.APPROVED;
    }
  }

  @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject an action")
  static final class Reject extends Move {
    @Override
    ActionStatus to() {
      return ActionStatus.REJECTED;
    }
  }

  @Command(name = "implement", mixinStandardHelpOptions = true, description = "Mark an approved action implemented")
  static final class Implement extends Move {
    @Option(names = "--at", paramLabel = "TIME", description = "when (ISO-8601 UTC, default now)")
    String at;

    @Override
    ActionStatus to() {
      return ActionStatus.IMPLEMENTED;
    }

    @Override
    Instant at() {
      return at == null ? Instant.now() : instant(at);
    }
  }

  /** An --at option's time. */
  static Instant instant(String at) {
    try {
      return Instant.parse(at);
    } catch (DateTimeParseException e) {
      throw new UserException("--at must be an ISO-8601 UTC time such as 2026-03-09T00:00:00Z, but was: " + at);
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Difference-in-differences of an implemented action against matched control grids on the "
          + "results of an analysis whose period spans the implementation; verified only when the network NPS "
          + "interval excludes zero")
  static final class Verify extends OnResults implements Callable<Integer> {
    @Parameters(paramLabel = "ACTION_ID")
    String id;

    @Override
    public Integer call() {
      try (DuckDbStore s = DuckDbStore.open(db)) {
        ActionStore store = new ActionStore(s);
        ActionStore.StoredAction a = store.find(id);
        if (a == null) {
          throw new UserException("no action " + id + " in the loop");
        }
        Verification.Result r = Verification.verify(a, store.all(), results);
        if (r.units() == Verification.Units.GRIDS) {
          System.out.printf("%s: %d treated grids, %d control grids (%s), %d days before, %d after%n", id,
              r.treated().size(), r.controls().size(), r.controlsFromPeers()
                  ? "from the grids of untreated " + a.action() + " actions" : "from all grids",
              r.preDays(), r.postDays());
        } else {
          System.out.printf("%s: the users of %s against the users of %d other %s %s, %d days before, %d after%n", id,
              r.treated(), r.controls().size(), r.units(), r.controls(), r.preDays(), r.postDays());
        }
        for (String m : r.units().metrics()) {
          DifferenceInDifferences.Effect x = r.effects().get(m);
          if (x == null) {
            System.out.printf("  %-24s not measurable: no values before and after%s%n", m, m.startsWith("revenue")
                ? " (no ARPU in subscribers.csv, or results written before grids.csv had revenue)"
                : " (groups under --min-group subscribers hide expected NPS)");
          } else {
            System.out.printf(Locale.ROOT, "  %-24s %+.4f [%+.4f, %+.4f] p = %.4f%n", m, x.estimate(), x.lo(), x.hi(),
                x.pValue());
          }
        }
        if (r.preTrend() != null) {
          System.out.printf(Locale.ROOT, "  %-24s %+.4f [%+.4f, %+.4f] p = %.4f (expected NPS inside the days before: "
              + "%s)%n", "pre-trend check", r.preTrend().estimate(), r.preTrend().lo(), r.preTrend().hi(),
              r.preTrend().pValue(), r.preTrendDiffers() ? "they already drifted apart" : "no drift");
        }
        if (r.npsVerified()) {
          DifferenceInDifferences.Effect nps = r.effects().get("expected_nps");
          store.move(id, ActionStatus.VERIFIED, by, String.format(Locale.ROOT, "expected NPS %+.2f [%+.2f, %+.2f], p %.4f",
              nps.estimate(), nps.lo(), nps.hi(), nps.pValue()), Instant.now());
          System.out.println(id + " is verified");
        } else {
          System.out.println(id + " is not verified: " + (r.preTrendDiffers()
              ? "treated and control " + r.units() + " already drifted apart before the action"
              : "the network NPS interval covers zero or the change is negative"));
        }
      }
      return 0;
    }
  }

  @Command(name = "verify-plan", mixinStandardHelpOptions = true,
      description = "Every implemented grid action of the loop verified together as one programme: each against its "
          + "own matched control grids, the effects pooled over the distinct treated units; and, when part of the "
          + "plan is held out (loop holdout), the treated clusters against the held-out ones, which decides "
          + "(statuses unchanged)")
  static final class VerifyPlan extends OnResults implements Callable<Integer> {
    @Override
    public Integer call() {
      try (DuckDbStore s = DuckDbStore.open(db)) {
        List<ActionStore.StoredAction> all = new ActionStore(s).all();
        List<ActionStore.StoredAction> implemented = all.stream().filter(a -> a.implementedAt() != null).toList();
        if (implemented.isEmpty()) {
          throw new UserException("no implemented action in the loop: mark actions implemented first");
        }
        PlanVerification.Designs both = PlanVerification.verifyDesigns(implemented, all, results);
        PlanVerification.Result verdict = both.decisive();
        if (verdict == null) {
          throw new UserException("the plan cannot be measured: against matched controls, " + both.matchedRefusal()
              + "; against a holdout, " + both.holdoutRefusal());
        }
        System.out.printf("implemented actions: %d%n", implemented.size());
        print(both.matched(), PlanVerification.Design.MATCHED_CONTROLS, both.matchedRefusal());
        print(both.holdout(), PlanVerification.Design.RANDOMISED_HOLDOUT, both.holdoutRefusal());
        System.out.println(verdict.npsVerified()
            ? "the plan is verified against " + verdict.design() + ": expected NPS up, interval excluding zero"
                + (Double.isNaN(verdict.randomisationP()) ? ""
                    : ", randomisation p below " + PlanVerification.RANDOMISATION_ALPHA)
                + (both.holdout() == null ? " (matched controls can show grids recovering by themselves as an "
                    + "effect: read it beside the pre-trend check, or hold out part of the plan with `netnps loop "
                    + "holdout`; docs/loop.md)" : "")
            : "the plan is not verified against " + verdict.design() + ": " + verdict.whyNotVerified());
      }
      return 0;
    }

    private static void print(PlanVerification.Result r, PlanVerification.Design design, String refusal) {
      if (r == null) {
        System.out.printf("against %s: not measurable: %s%n", design, refusal);
        return;
      }
      System.out.printf("against %s: %d treated units (%d grids), %d control units (%d grids); at least %d days "
          + "before and %d after%n", r.design(), r.units(), r.treated().size(),
          r.controlUnits(), r.controls().size(), r.preDays(), r.postDays());
      r.leftOut().forEach((id, why) -> System.out.println("  left out " + id + ": " + why));
      r.effects().forEach((m, x) -> System.out.printf(Locale.ROOT, "  %-24s %+.4f [%+.4f, %+.4f] p = %.4f%n", m,
          x.estimate(), x.lo(), x.hi(), x.pValue()));
      if (r.preTrend() != null) {
        System.out.printf(Locale.ROOT, "  %-24s %+.4f [%+.4f, %+.4f] p = %.4f%n", "pre-trend check",
            r.preTrend().estimate(), r.preTrend().lo(), r.preTrend().hi(), r.preTrend().pValue());
      }
      if (!Double.isNaN(r.randomisationP())) {
        System.out.printf(Locale.ROOT, "  %-24s p = %.4f (expected NPS, over the splits the draw could have made)%n",
            "randomisation test", r.randomisationP());
      }
    }
  }

  @Command(name = "holdout", mixinStandardHelpOptions = true,
      description = "Hold back a random share of the approved grid actions (whole clusters: actions on the same or "
          + "neighbouring grids) as the plan's controls: they become held_out, to be approved again once the plan "
          + "is verified (docs/loop.md)")
  static final class HoldOut extends Common implements Callable<Integer> {
    @Option(names = "--share", defaultValue = "0.3", description = "share of the clusters held out "
        + "(default ${DEFAULT-VALUE})")
    double share;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the draw, kept in the audit trail "
        + "(default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
      try (DuckDbStore s = DuckDbStore.open(db)) {
        ActionStore store = new ActionStore(s);
        List<ActionStore.StoredAction> approved = store.all().stream()
            .filter(a -> a.status() == ActionStatus.APPROVED).toList();
        Holdout.Draw d;
        try {
          d = Holdout.draw(approved, share, seed);
        } catch (IllegalArgumentException e) {
          throw new UserException("cannot hold out part of the " + approved.size() + " approved actions: "
              + e.getMessage());
        }
        String why = String.format(Locale.ROOT, "held out at random as a control of the plan (share %.2f of %d "
            + "clusters, seed %d)%s", share, d.gridClusters(), seed,
            note == null ? "" : "; " + note);
        int n = 0;
        for (List<ActionStore.StoredAction> cluster : d.heldOut()) {
          for (ActionStore.StoredAction a : cluster) {
            store.move(a.actionId(), ActionStatus.HELD_OUT, by, why, Instant.now());
            n++;
          }
          System.out.println("held out: " + cluster.stream().map(ActionStore.StoredAction::actionId).toList());
        }
        System.out.printf("%d of %d approved actions held out (%d of %d clusters); implement the others%n", n,
            approved.size(), d.heldOut().size(), d.gridClusters());
      }
      return 0;
    }
  }

  @Command(name = "aa-test", mixinStandardHelpOptions = true,
      description = "An A/A test of the randomised holdout before trusting it: on results where the approved "
          + "actions were not carried out (the days before them, or a run without them), draw many holdouts and "
          + "compare each as if the rest had been implemented at --at; every verification is then a false one "
          + "(statuses unchanged; docs/loop.md)")
  static final class AaTest extends OnResults implements Callable<Integer> {
    @Option(names = "--at", required = true, paramLabel = "TIME",
        description = "when the plan would have been implemented (ISO-8601 UTC)")
    String at;

    @Option(names = "--share", defaultValue = "0.3", description = "share of the clusters held out in each draw "
        + "(default ${DEFAULT-VALUE})")
    double share;

    @Option(names = "--draws", defaultValue = "150", description = "holdouts drawn, seeds 1 to N "
        + "(default ${DEFAULT-VALUE})")
    int draws;

    @Override
    public Integer call() {
      Instant when = instant(at);
      List<ActionStore.StoredAction> all;
      try (DuckDbStore s = DuckDbStore.open(db)) {
        all = new ActionStore(s).all();
      }
      List<ActionStore.StoredAction> plan = all.stream().filter(a -> a.status() == ActionStatus.APPROVED).toList();
      List<ActionStore.StoredAction> others = all.stream().filter(a -> a.status() != ActionStatus.APPROVED).toList();
      HoldoutAaTest.Summary r;
      try {
        r = HoldoutAaTest.run(plan, others, results, when, share, draws);
      } catch (IllegalArgumentException e) {
        throw new UserException("cannot draw holdouts of the " + plan.size() + " approved actions: " + e.getMessage());
      }
      System.out.printf(Locale.ROOT, "%d of %d draws compared", r.compared(), r.draws());
      if (r.compared() == 0) {
        System.out.println("; not compared, first: " + r.firstRefusal());
        return 0;
      }
      System.out.printf(Locale.ROOT, "; expected NPS estimate mean %+.3f (sd %.3f)%n", r.meanEstimate(),
          r.sdEstimate());
      System.out.printf(Locale.ROOT, "falsely verified: %d by Welch's interval alone (%.1f%%), %d by the rule "
          + "(%.1f%%: also the pre-trend check and randomisation p below %.2f); randomisation p below it in %d%n",
          r.verifiedByWelch(), percent(r.verifiedByWelch(), r.compared()), r.verifiedByRule(),
          percent(r.verifiedByRule(), r.compared()), PlanVerification.RANDOMISATION_ALPHA,
          r.randomisationBelowAlpha());
      if (r.firstRefusal() != null) {
        System.out.println("not compared, first: " + r.firstRefusal());
      }
      return 0;
    }

    private static double percent(int n, int of) {
      return of == 0 ? Double.NaN : 100.0 * n / of;
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true, description = "The audit trail of an action")
  static final class History extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "ACTION_ID")
    String id;

    @Override
    public Integer call() {
      try (DuckDbStore s = DuckDbStore.open(db)) {
        new ActionStore(s).history(id).forEach(System.out::println);
      }
      return 0;
    }
  }
}
