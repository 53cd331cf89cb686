package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.harness.systems.leaderboard.backend.Backend;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendOptions;
import dev.gauntlet.harness.systems.leaderboard.backend.World;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.SubmissionFailedException;
import java.util.ArrayList;
import java.util.List;

/** The service under faults: a lost index, a failing database. */
@CheckSuite(system = "leaderboard", name = "faults", order = 4)
public class FaultSuite {

  static final String FAILED_COUNTS_NOTHING = "a submission that failed counts nothing: no"
      + " points in the index, nor in the database (write the database first, in one"
      + " transaction, then the index)";
  static final String FAILS_ONLY_ON_FAILURE = "a submission fails only when the database does";
  static final String REPORTED = "a database failure is reported as SubmissionFailedException";

  private enum Fault { NONE, STATEMENT, COMMIT }

  /**
   * Submissions and queries in both styles, with the index lost now and then (the store wiped,
   * as a Redis restarted without persistence or FLUSHALL), the service restarted over the same
   * database and store, and {@code rebuildIndex()} called: every answer after a loss must be as
   * exact as before, so the service must notice the loss and rebuild from the database, with
   * every player, tied totals included.
   */
  @Check(id = "leaderboard.faults.index-loss", title = "After the index is lost, every answer is"
      + " still exact", points = 10, category = Category.FAULT_TOLERANCE)
  void indexLoss(CheckContext ctx) {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    int examples = (int) ctx.setting("examples", 30);
    try (Backend backend = BackendOptions.open(ctx::option)) {
      ctx.property(s -> {
        try (World world = backend.newWorld()) {
          ServiceComparison c = new ServiceComparison(s, factory, world);
          ServiceSteps steps = new ServiceSteps(s, c);
          while (s.another(30, 60)) {
            switch (s.pickWeighted(List.of(0, 1, 2, 3, 4), 40, 40, 12, 4, 4)) {
              case 0 -> steps.submitNew();
              case 1 -> steps.query();
              case 2 -> {
                s.fault("store.flushAll()  // the index is lost");
                world.wipeIndex();
              }
              case 3 -> c.restart();
              default -> {
                s.step("service.rebuildIndex()");
                c.service().rebuildIndex();
              }
            }
          }
        }
      }).examples(examples).shrinkAttempts(150).check(ctx.seed());
    }
  }

  /**
   * Submissions where the database fails at a chosen statement of the submission (the first,
   * second, third or fourth it executes) or at its commit, beside ordinary submissions, queries,
   * retries of failed submissions, and index losses followed by a restart (which show what the
   * database itself kept). A submission that throws {@link SubmissionFailedException} must leave
   * nothing behind, in the index or the database; one that returns (a service may retry
   * internally) counts once; a failed one retried later with its id counts once.
   */
  @Check(id = "leaderboard.faults.db-failure", title = "A submission the database failed leaves"
      + " nothing half-done", points = 12, category = Category.FAULT_TOLERANCE)
  void databaseFailure(CheckContext ctx) {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    int examples = (int) ctx.setting("examples", 40);
    try (Backend backend = BackendOptions.open(ctx::option)) {
      ctx.property(s -> {
        try (World world = backend.newWorld()) {
          ServiceComparison c = new ServiceComparison(s, factory, world);
          ServiceSteps steps = new ServiceSteps(s, c);
          List<ServiceSteps.Submission> failed = new ArrayList<>();
          while (s.another(25, 50)) {
            switch (s.pickWeighted(List.of(0, 1, 2, 3, 4), 30, 30, 10, 22, 8)) {
              case 0 -> steps.submitNew();
              case 1 -> failing(s, c, world, steps.fresh(), failed);
              case 2 -> {
                if (!failed.isEmpty()) {
                  ServiceSteps.Submission retry = failed.remove(s.intBetween(0,
                      failed.size() - 1));
                  c.submit(retry.id(), retry.player(), retry.points());
                }
              }
              case 3 -> steps.query();
              default -> {
                s.fault("store.flushAll()  // the index is lost");
                world.wipeIndex();
                c.restart();
              }
            }
          }
        }
      }).examples(examples).shrinkAttempts(150).check(ctx.seed());
    }
  }

  /** Sends {@code sub} with a database fault armed beside it, and checks what it left. */
  private static void failing(Scenario s, ServiceComparison c, World world,
      ServiceSteps.Submission sub, List<ServiceSteps.Submission> failed) {
    Fault fault = s.pick(List.of(Fault.STATEMENT, Fault.COMMIT));
    if (fault == Fault.COMMIT) {
      s.fault("database: the next commit fails");
      world.faults().failCommit();
    } else {
      int n = s.intBetween(1, 4);
      s.fault("database: statement " + n + " from now fails");
      world.faults().failStatement(n);
    }
    s.step("service.submit(" + ServiceComparison.q(sub.id()) + ", "
        + ServiceComparison.q(sub.player()) + ", " + sub.points() + ")");
    boolean fired;
    try {
      long total = c.service().submit(sub.id(), sub.player(), sub.points());
      s.observe(Long.toString(total));
      fired = world.faults().fired().isPresent();
      long expected = c.model.submit(sub.id(), sub.player(), sub.points());
      GuaranteeViolation.expectEqual(ServiceComparison.SUBMIT, expected, total);
    } catch (SubmissionFailedException e) {
      s.observe("SubmissionFailedException");
      String what = world.faults().fired().orElse(null);
      world.faults().disarm();
      if (what == null) {
        throw new GuaranteeViolation(FAILS_ONLY_ON_FAILURE, "the submission recorded (no"
            + " statement failed)", "SubmissionFailedException: " + e.getMessage());
      }
      failed.add(sub);
      c.expectStanding(sub.player(), FAILED_COUNTS_NOTHING);
      return;
    } catch (RuntimeException e) {
      String what = world.faults().fired().orElse(null);
      world.faults().disarm();
      if (what == null) {
        throw e;
      }
      s.observe(e.getClass().getSimpleName());
      throw new GuaranteeViolation(REPORTED, "SubmissionFailedException (" + what + " failed)",
          e.getClass().getName() + ": " + e.getMessage());
    }
    world.faults().disarm();
    if (fired) {
      s.note("the service recovered from the failure by itself");
    }
    c.expectStanding(sub.player(), ServiceComparison.TOTALS);
  }
}
