package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;

/**
 * Planted bug: the competition rank counts the players at or above the score (ZCOUNT from the
 * score itself, not from score + 1), so every player ranks one too low. Dense ranks are right.
 * Must fail {@code leaderboard.service.model}.
 */
public final class RankOffByOne extends PlantedLeaderboardFactory {

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new PlainLeaderboardService(environment) {
      @Override
      protected long rankOf(long score, RankingStyle style) {
        return style == RankingStyle.COMPETITION
            ? 1 + store.count(SCORES, score, Long.MAX_VALUE)
            : super.rankOf(score, style);
      }
    };
  }
}
