package dev.gauntlet.student.leaderboard;

import dev.gauntlet.specs.leaderboard.RankedIndex;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.util.List;
import java.util.OptionalLong;

/**
 * Your sorted set (specs/leaderboard.md §3): a skip list whose links carry spans, p = 1/4, at
 * most 32 levels, as Redis's {@code zskiplist}, plus a hash map from member to score. Every
 * operation O(log n); ties by UTF-8 bytes (code points), not {@link String#compareTo}.
 */
public final class SkipListRankedIndex implements RankedIndex {

  /** Creates an empty index. */
  public SkipListRankedIndex() {}

  @Override
  public boolean add(String member, long score) {
    throw new UnsupportedOperationException("TODO: set the member's score (ZADD), true if it was"
        + " new; reject scores outside ±2^53; see specs/leaderboard.md §3.1");
  }

  @Override
  public long incrementBy(String member, long delta) {
    throw new UnsupportedOperationException("TODO: add delta to the score, from 0 if absent"
        + " (ZINCRBY); see specs/leaderboard.md §3.1");
  }

  @Override
  public boolean remove(String member) {
    throw new UnsupportedOperationException(
        "TODO: remove the member (ZREM); see specs/leaderboard.md §3.1");
  }

  @Override
  public OptionalLong score(String member) {
    throw new UnsupportedOperationException(
        "TODO: return the member's score (ZSCORE); see specs/leaderboard.md §3.1");
  }

  @Override
  public OptionalLong rank(String member) {
    throw new UnsupportedOperationException("TODO: 0-based rank, highest first, equal scores in"
        + " descending byte order (ZREVRANK), in O(log n) with spans; see specs/leaderboard.md"
        + " §3.2");
  }

  @Override
  public List<ScoredMember> range(long start, long stop) {
    throw new UnsupportedOperationException("TODO: descending ranks start..stop inclusive"
        + " (ZREVRANGE), clipped; see specs/leaderboard.md §3.2");
  }

  @Override
  public List<ScoredMember> rangeAscending(long start, long stop) {
    throw new UnsupportedOperationException("TODO: ascending ranks start..stop inclusive"
        + " (ZRANGE), clipped; see specs/leaderboard.md §3.2");
  }

  @Override
  public long count(long min, long max) {
    throw new UnsupportedOperationException("TODO: members scoring within [min, max] (ZCOUNT),"
        + " in O(log n); see specs/leaderboard.md §3.2");
  }

  @Override
  public long size() {
    throw new UnsupportedOperationException(
        "TODO: the number of members (ZCARD); see specs/leaderboard.md §3.1");
  }
}
