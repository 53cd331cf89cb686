package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;

/**
 * Planted bug: distrusting the index, every query rebuilds it from the database first: every
 * answer is right, and each costs O(n). Must score below full marks on
 * {@code leaderboard.perf.query-throughput}.
 */
public final class RebuildPerQuery extends PlantedLeaderboardFactory {

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new PlainLeaderboardService(environment) {
      @Override
      protected synchronized void ensureIndex() {
        rebuildIndex();
      }
    };
  }
}
