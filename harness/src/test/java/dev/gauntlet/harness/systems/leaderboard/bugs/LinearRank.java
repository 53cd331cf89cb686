package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.RankedIndex;

/**
 * Planted bug: ranks with {@code TreeSet.tailSet(x).size()}, which walks the set (O(n)), and
 * counts by filtering; every answer is right. Must fail {@code leaderboard.index.rank-cost}.
 */
public final class LinearRank extends PlantedLeaderboardFactory {

  @Override
  public RankedIndex newRankedIndex() {
    return new PlainRankedIndex();
  }
}
