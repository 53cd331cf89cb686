package dev.gauntlet.student.leaderboard;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import dev.gauntlet.specs.leaderboard.Standing;
import java.util.List;
import java.util.Optional;

/**
 * Your leaderboard service (specs/leaderboard.md §4): points committed to the database first,
 * then applied to the sorted-set store; the index rebuilt from the database when the store lost
 * it. Thread-safe.
 */
public final class DurableLeaderboardService implements LeaderboardService {

  private final LeaderboardEnvironment environment;

  /**
   * Creates the service over its database and store.
   *
   * @param environment the database (create your tables if absent) and the store
   */
  public DurableLeaderboardService(LeaderboardEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public long submit(String submissionId, String player, long points) {
    throw new UnsupportedOperationException("TODO: in one transaction record the submission id"
        + " (unique: a retry counts once) and add the points; commit, then update the index;"
        + " see specs/leaderboard.md §4.1");
  }

  @Override
  public List<Standing> top(int n, RankingStyle style) {
    throw new UnsupportedOperationException("TODO: the first n players with their ranks in the"
        + " given style; see specs/leaderboard.md §4.2");
  }

  @Override
  public Optional<Standing> standing(String player, RankingStyle style) {
    throw new UnsupportedOperationException("TODO: the player's total and rank (competition"
        + " \"1224\" or dense \"1223\"); see specs/leaderboard.md §4.2");
  }

  @Override
  public List<Standing> around(String player, int k, RankingStyle style) {
    throw new UnsupportedOperationException("TODO: the players at positions p - k .. p + k,"
        + " clipped at both ends; see specs/leaderboard.md §4.2");
  }

  @Override
  public void rebuildIndex() {
    throw new UnsupportedOperationException("TODO: rebuild the index from the database into a"
        + " temporary key, then rename it into place; see specs/leaderboard.md §4.3");
  }
}
