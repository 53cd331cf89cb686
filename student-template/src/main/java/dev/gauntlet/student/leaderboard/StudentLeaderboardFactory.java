package dev.gauntlet.student.leaderboard;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankedIndex;

/**
 * Your leaderboard. The harness finds this class through
 * {@code META-INF/services/dev.gauntlet.specs.leaderboard.LeaderboardFactory}; keep that file
 * listing it (or whatever you rename it to). No static mutable state: the harness restarts a
 * service by dropping it and asking for a new one.
 */
public final class StudentLeaderboardFactory implements LeaderboardFactory {

  /** Creates the factory; the harness calls this through {@link java.util.ServiceLoader}. */
  public StudentLeaderboardFactory() {}

  @Override
  public RankedIndex newRankedIndex() {
    return new SkipListRankedIndex();
  }

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new DurableLeaderboardService(environment);
  }
}
