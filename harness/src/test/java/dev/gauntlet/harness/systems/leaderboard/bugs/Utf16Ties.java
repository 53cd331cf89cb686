package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.RankedIndex;
import java.util.Comparator;

/**
 * Planted bug: equal scores are ordered by {@link String#compareTo}, UTF-16 units, which puts
 * U+1F600 (a surrogate pair) before U+FFFF where Redis's UTF-8 bytes put it after. Right for
 * every member below U+D800. Must fail {@code leaderboard.index.ties}.
 */
public final class Utf16Ties extends PlantedLeaderboardFactory {

  @Override
  public RankedIndex newRankedIndex() {
    return new PlainRankedIndex() {
      @Override
      protected Comparator<Entry> order() {
        return Comparator.comparingLong(Entry::score).thenComparing(Entry::member);
      }
    };
  }
}
