package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.RankedIndex;
import java.util.Comparator;

/**
 * Planted bug: equal scores are ordered by insertion (first in ranks higher), as a list sorted
 * stably by score would, instead of by member bytes. Must fail {@code leaderboard.index.ties}
 * and {@code leaderboard.index.model}.
 */
public final class TiesByInsertion extends PlantedLeaderboardFactory {

  @Override
  public RankedIndex newRankedIndex() {
    return new PlainRankedIndex() {
      @Override
      protected Comparator<Entry> order() {
        return Comparator.comparingLong(Entry::score)
            .thenComparing(Comparator.comparingLong(Entry::sequence).reversed());
      }
    };
  }
}
