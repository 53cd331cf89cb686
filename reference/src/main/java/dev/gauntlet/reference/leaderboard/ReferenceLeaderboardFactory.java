package dev.gauntlet.reference.leaderboard;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankedIndex;

/** The reference leaderboard, registered for {@link java.util.ServiceLoader}. */
public final class ReferenceLeaderboardFactory implements LeaderboardFactory {

  @Override
  public RankedIndex newRankedIndex() {
    return new SkipListRankedIndex();
  }

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new ReferenceLeaderboardService(environment);
  }
}
