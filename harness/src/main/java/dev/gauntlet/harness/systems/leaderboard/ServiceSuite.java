package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.systems.leaderboard.backend.Backend;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendOptions;
import dev.gauntlet.harness.systems.leaderboard.backend.World;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;

/**
 * The service against a model of the leaderboard, on the run's backend (a real Redis and
 * MariaDB, or H2 and the in-process store): each scenario gets an empty database and store.
 */
@CheckSuite(system = "leaderboard", name = "service", order = 3)
public class ServiceSuite {

  /**
   * Submissions from ten players (names that differ only in case or a trailing space, and names
   * of 2, 3 and 4 UTF-8 bytes) with points that make totals tie often, interleaved with every
   * query: top N, a player's standing, the players around one, in competition and dense style.
   * Every answer is compared with {@link ServiceModel}.
   */
  @Check(id = "leaderboard.service.model", title = "Top N, standings and around-me are exact in"
      + " both ranking styles", points = 17, category = Category.CORRECTNESS)
  void model(CheckContext ctx) {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    int examples = (int) ctx.setting("examples", 40);
    try (Backend backend = BackendOptions.open(ctx::option)) {
      ctx.property(s -> {
        try (World world = backend.newWorld()) {
          ServiceComparison c = new ServiceComparison(s, factory, world);
          ServiceSteps steps = new ServiceSteps(s, c);
          while (s.another(30, 60)) {
            if (s.coin(0.5)) {
              steps.submitNew();
            } else {
              steps.query();
            }
          }
        }
      }).examples(examples).shrinkAttempts(150).check(ctx.seed());
    }
  }

  /**
   * Submissions and queries where a third of the submissions are retries of an earlier id (a
   * client that timed out and sent again), right after the first attempt or much later, and
   * sometimes after the service restarted: each must return the player's current total and
   * count nothing, as the model does.
   */
  @Check(id = "leaderboard.service.idempotency", title = "A retried submission counts once",
      points = 8, category = Category.FAULT_TOLERANCE)
  void idempotency(CheckContext ctx) {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    int examples = (int) ctx.setting("examples", 30);
    try (Backend backend = BackendOptions.open(ctx::option)) {
      ctx.property(s -> {
        try (World world = backend.newWorld()) {
          ServiceComparison c = new ServiceComparison(s, factory, world);
          ServiceSteps steps = new ServiceSteps(s, c);
          while (s.another(25, 50)) {
            switch (s.pickWeighted(java.util.List.of(0, 1, 2, 3), 40, 30, 25, 5)) {
              case 0 -> steps.submitNew();
              case 1 -> {
                if (!steps.retry()) {
                  steps.submitNew();
                }
              }
              case 2 -> steps.query();
              default -> c.restart();
            }
          }
        }
      }).examples(examples).shrinkAttempts(150).check(ctx.seed());
    }
  }
}
