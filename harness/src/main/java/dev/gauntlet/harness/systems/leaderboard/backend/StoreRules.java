package dev.gauntlet.harness.systems.leaderboard.backend;

import dev.gauntlet.specs.leaderboard.RankedIndex;

/** The rules both sorted-set stores apply the same way: score range and Redis's indexes. */
final class StoreRules {

  private StoreRules() {}

  /** Returns {@code score}, or throws if it is outside ±2^53. */
  static long checkScore(long score) {
    if (score > RankedIndex.MAX_SCORE || score < -RankedIndex.MAX_SCORE) {
      throw new IllegalArgumentException("score " + score + " is outside ±2^53");
    }
    return score;
  }

  /**
   * Resolves Redis's range indexes over a set of {@code size} members, as ZRANGE does: negative
   * indexes count from the end, a start below 0 becomes 0, a stop past the end the last.
   *
   * @return {@code {from, to}}, or null when the range is empty
   */
  static long[] clip(long start, long stop, long size) {
    long from = start < 0 ? start + size : start;
    long to = stop < 0 ? stop + size : stop;
    from = Math.max(from, 0);
    if (from > to || from >= size) {
      return null;
    }
    return new long[] {from, Math.min(to, size - 1)};
  }

  /** Returns a score read back from Redis (a double) as the exact integer it must be. */
  static long exact(double score) {
    if (score != Math.rint(score) || Math.abs(score) > RankedIndex.MAX_SCORE) {
      throw new IllegalStateException("the store returned the score " + score
          + ", not an integer within ±2^53");
    }
    return (long) score;
  }
}
