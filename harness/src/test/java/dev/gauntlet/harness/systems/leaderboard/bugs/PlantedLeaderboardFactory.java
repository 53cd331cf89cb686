package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.reference.leaderboard.ReferenceLeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankedIndex;

/**
 * The base of the planted bugs: the reference for both parts, so that a subclass changes exactly
 * the part that holds its bug. The reference's classes are final or package-private, so a buggy
 * index is a {@link PlainRankedIndex} and a buggy service a {@link PlainLeaderboardService} with
 * one method overridden.
 */
public abstract class PlantedLeaderboardFactory implements LeaderboardFactory {

  private final LeaderboardFactory reference = new ReferenceLeaderboardFactory();

  @Override
  public RankedIndex newRankedIndex() {
    return reference.newRankedIndex();
  }

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return reference.newService(environment);
  }
}
