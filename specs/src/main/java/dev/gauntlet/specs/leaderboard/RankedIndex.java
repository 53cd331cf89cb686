package dev.gauntlet.specs.leaderboard;

import java.util.List;
import java.util.OptionalLong;

/**
 * A sorted set of members by integer score, with the semantics of a Redis sorted set: the data
 * structure behind every leaderboard. It is not thread-safe; the harness calls it from one thread
 * at a time.
 *
 * <p><b>Order.</b> Members are ordered by score, and members with equal scores by their UTF-8
 * bytes, compared as unsigned bytes (not by {@link String#compareTo}, which orders UTF-16 code
 * units and puts U+1F600 before U+FFFF; code point order is the same as UTF-8 byte order).
 * <em>Ascending</em> views ({@link #rangeAscending}, as {@code ZRANGE}) list lowest score first
 * and equal scores in ascending byte order. <em>Descending</em> views ({@link #rank},
 * {@link #range}, as {@code ZREVRANK} and {@code ZREVRANGE}) are the exact reverse: highest score
 * first, equal scores in <em>descending</em> byte order. So with {@code a}, {@code b} and
 * {@code c} all at 10, {@code range(0, 2)} is {@code c, b, a}. Never insertion order.
 *
 * <p><b>Scores</b> are exact integers within {@code ±}{@link #MAX_SCORE} (2^53, the integers a
 * Redis score, a double, holds exactly). A score or a result outside that range is rejected with
 * {@link IllegalArgumentException} and changes nothing.
 *
 * <p><b>Cost.</b> Every operation costs O(log n) expected or worst case, plus O(k) for the k
 * members a range returns: a skip list whose links carry spans (as Redis's {@code zskiplist}), or
 * a balanced tree that keeps subtree sizes. Beware: {@code TreeMap.headMap(x).size()},
 * {@code TreeSet.headSet(x).size()} and {@code ConcurrentSkipListMap.size()} walk the elements
 * and cost O(n); a sorted {@code ArrayList} inserts in O(n).
 */
public interface RankedIndex {

  /** The largest score magnitude allowed: 2^53. */
  long MAX_SCORE = 1L << 53;

  /**
   * Sets {@code member}'s score, adding the member if absent ({@code ZADD key score member}).
   *
   * @param member the member; not null, possibly empty
   * @param score the score, within {@code ±MAX_SCORE}
   * @return true if the member was added, false if it was present (its score is replaced)
   * @throws IllegalArgumentException if the score is out of range
   */
  boolean add(String member, long score);

  /**
   * Adds {@code delta} to {@code member}'s score, adding the member with score {@code delta} if
   * absent ({@code ZINCRBY key delta member}).
   *
   * @param member the member; not null
   * @param delta the increment, possibly zero or negative
   * @return the member's new score
   * @throws IllegalArgumentException if the new score would be out of range; nothing changes
   */
  long incrementBy(String member, long delta);

  /**
   * Removes {@code member} ({@code ZREM}).
   *
   * @param member the member; not null
   * @return true if it was present
   */
  boolean remove(String member);

  /**
   * Returns {@code member}'s score ({@code ZSCORE}).
   *
   * @param member the member; not null
   * @return the score, or empty if the member is absent
   */
  OptionalLong score(String member);

  /**
   * Returns {@code member}'s 0-based rank in descending order: 0 for the highest score, equal
   * scores in descending byte order ({@code ZREVRANK}). It equals the number of members listed
   * before it by {@link #range}.
   *
   * @param member the member; not null
   * @return the rank, or empty if the member is absent
   */
  OptionalLong rank(String member);

  /**
   * Returns the members of descending ranks {@code start} to {@code stop}, both inclusive, with
   * their scores, highest first ({@code ZREVRANGE key start stop WITHSCORES}). A {@code stop} past
   * the end is clipped; {@code start} past the end or above {@code stop} gives an empty list.
   * Unlike Redis, negative indexes do not count from the end.
   *
   * @param start the first rank, 0-based; at least 0
   * @param stop the last rank, inclusive; at least 0
   * @return the members in descending order, at most {@code stop - start + 1}
   * @throws IllegalArgumentException if {@code start} or {@code stop} is negative
   */
  List<ScoredMember> range(long start, long stop);

  /**
   * Returns the members of ascending ranks {@code start} to {@code stop}, lowest score first,
   * equal scores in ascending byte order ({@code ZRANGE key start stop WITHSCORES}); clipped as
   * {@link #range}. The ascending rank of a member is {@code size() - 1 - rank(member)}.
   *
   * @param start the first ascending rank, 0-based; at least 0
   * @param stop the last, inclusive; at least 0
   * @return the members in ascending order
   * @throws IllegalArgumentException if {@code start} or {@code stop} is negative
   */
  List<ScoredMember> rangeAscending(long start, long stop);

  /**
   * Returns the number of members with a score within {@code [min, max]}, both inclusive
   * ({@code ZCOUNT key min max}); 0 when {@code min > max}. Costs O(log n), not O(k).
   *
   * @param min the lowest score counted
   * @param max the highest score counted
   * @return how many members score within the bounds
   */
  long count(long min, long max);

  /**
   * Returns the number of members ({@code ZCARD}).
   *
   * @return the number of members
   */
  long size();
}
