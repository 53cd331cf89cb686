package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.check.ThroughputComparison;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;

/**
 * Submissions and queries per second against the reference, in the same run, on the same
 * backend, interleaved after warm-up. Against a real database a submission is a few round trips
 * and a transaction; against H2 it is mostly the service's own work.
 */
@CheckSuite(system = "leaderboard", name = "perf", order = 6)
public class ThroughputChecks {

  /**
   * Runs {@link LeaderboardWorkload.Submissions} ({@code leaderboard.submit}) on the reference
   * and the candidate in turns and scores the ratio of their median rates: full marks from
   * {@code fullMarksRatio} (0.5), none at or below {@code zeroMarksRatio} (0.1: ten times
   * slower means work that grows with the board, such as a rebuild per submission), linear
   * between. Rounds of {@code roundMillis} (200 ms), 1 warm-up and 5 measured per side: on a
   * busy machine fewer rounds let one side's bad luck move the median.
   */
  @Check(id = "leaderboard.perf.submit-throughput", title = "Submissions per second are within"
      + " a constant factor of the reference's", points = 5, category = Category.PERFORMANCE)
  void submissions(CheckContext ctx) {
    compare(ctx, new LeaderboardWorkload.Submissions());
  }

  /**
   * Runs {@link LeaderboardWorkload.Queries} ({@code leaderboard.query}): standings, top 10 and
   * around-me in both styles over 1000 players (200 on a real backend), scored as the submissions are.
   */
  @Check(id = "leaderboard.perf.query-throughput", title = "Rank queries per second are within"
      + " a constant factor of the reference's", points = 5, category = Category.PERFORMANCE)
  void queries(CheckContext ctx) {
    compare(ctx, new LeaderboardWorkload.Queries());
  }

  private static void compare(CheckContext ctx, LeaderboardWorkload workload) {
    double full = ctx.setting("fullMarksRatio", 0.5);
    double zero = ctx.setting("zeroMarksRatio", 0.1);
    int warmUp = (int) ctx.setting("warmUpRounds", 1);
    int measured = (int) ctx.setting("measuredRounds", 5);
    long roundNanos = (long) (ctx.setting("roundMillis", 200) * 1_000_000);
    LeaderboardFactory candidate = ctx.factory(LeaderboardFactory.class);
    ThroughputComparison.Result result = new ThroughputComparison(warmUp, measured, roundNanos)
        .run((seed, budget) -> ctx.baseline().round(workload.id(), seed, budget),
            (seed, budget) -> workload.round(candidate, seed, budget), ctx.seed());
    ThroughputComparison.award(ctx, result, zero, full);
  }
}
