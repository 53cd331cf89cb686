package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;

/**
 * Planted bug: instead of applying a submission's points to the index, every submission
 * rebuilds the index from the database: right, and O(n) per submission. Must score below full
 * marks on {@code leaderboard.perf.submit-throughput}.
 */
public final class RebuildPerSubmission extends PlantedLeaderboardFactory {

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new PlainLeaderboardService(environment) {
      @Override
      public synchronized long submit(String submissionId, String player, long points) {
        long total = record(submissionId, player, points).total();
        rebuildIndex();
        return total;
      }
    };
  }
}
