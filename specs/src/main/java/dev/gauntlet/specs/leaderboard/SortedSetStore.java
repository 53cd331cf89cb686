package dev.gauntlet.specs.leaderboard;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * The sorted-set store the harness hands a {@link LeaderboardService}: named sorted sets with the
 * commands of Redis, run on a real Redis server or on an in-process store that answers the same
 * way. Each call is one command, atomic on its own; nothing groups several calls.
 *
 * <p>Order, ties and score range are those of {@link RankedIndex}. Unlike {@code RankedIndex},
 * ranges take Redis's indexes: a negative index counts from the end ({@code -1} is the last).
 * A key that does not exist behaves as an empty set; a set whose last member is removed stops
 * existing. Keys are the service's own: the harness keeps each service's keys apart from
 * everything else on the server.
 *
 * <p><b>The store may lose everything at any moment between two calls</b>, as a Redis server
 * restarted without persistence does, or after {@code FLUSHALL}. The database is the source of
 * record; the service must notice the loss and rebuild what it keeps here.
 *
 * <p>Methods throw {@link IllegalArgumentException} for a score out of range, as
 * {@link RankedIndex} does, and {@link IllegalStateException} when the store cannot be reached.
 */
public interface SortedSetStore {

  /**
   * Sets {@code member}'s score in the set {@code key} ({@code ZADD}).
   *
   * @return true if the member was added, false if its score was replaced
   */
  boolean add(String key, String member, long score);

  /**
   * Sets the scores of many members of {@code key} in one command ({@code ZADD key s1 m1 s2 m2
   * ...}). An empty collection does nothing.
   *
   * @return how many members were added (not counting replaced scores)
   */
  long addAll(String key, Collection<ScoredMember> members);

  /**
   * Adds {@code delta} to {@code member}'s score, from 0 if absent ({@code ZINCRBY}). The
   * delta, a score itself, and the result must be within {@code ±MAX_SCORE}.
   *
   * @return the new score
   */
  long incrementBy(String key, String member, long delta);

  /**
   * Removes {@code member} from {@code key} ({@code ZREM}).
   *
   * @return true if it was present
   */
  boolean remove(String key, String member);

  /** Returns {@code member}'s score in {@code key} ({@code ZSCORE}), or empty if absent. */
  OptionalLong score(String key, String member);

  /**
   * Returns {@code member}'s 0-based descending rank in {@code key} ({@code ZREVRANK}), or empty
   * if absent.
   */
  OptionalLong reverseRank(String key, String member);

  /**
   * Returns {@code member}'s 0-based ascending rank in {@code key} ({@code ZRANK}), or empty if
   * absent.
   */
  OptionalLong rank(String key, String member);

  /**
   * Returns descending ranks {@code start} to {@code stop} of {@code key} with scores
   * ({@code ZREVRANGE key start stop WITHSCORES}); negative indexes count from the end.
   */
  List<ScoredMember> reverseRange(String key, long start, long stop);

  /**
   * Returns ascending ranks {@code start} to {@code stop} of {@code key} with scores
   * ({@code ZRANGE key start stop WITHSCORES}); negative indexes count from the end.
   */
  List<ScoredMember> range(String key, long start, long stop);

  /** Returns how many members of {@code key} score within {@code [min, max]} ({@code ZCOUNT}). */
  long count(String key, long min, long max);

  /** Returns the number of members of {@code key} ({@code ZCARD}); 0 if it does not exist. */
  long size(String key);

  /** Returns whether {@code key} exists ({@code EXISTS}): a set with at least one member. */
  boolean exists(String key);

  /**
   * Deletes {@code key} ({@code DEL}).
   *
   * @return true if it existed
   */
  boolean delete(String key);

  /**
   * Renames {@code from} to {@code to} atomically, replacing {@code to} if it exists
   * ({@code RENAME}): readers see the old {@code to} or the new one, never a mix. This is how an
   * index is rebuilt without a moment where it is half-built: fill a temporary key, then rename
   * it over the live one.
   *
   * @throws IllegalStateException if {@code from} does not exist
   */
  void rename(String from, String to);
}
