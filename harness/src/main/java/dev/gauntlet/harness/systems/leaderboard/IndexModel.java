package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.systems.leaderboard.backend.CodePointOrder;
import dev.gauntlet.specs.leaderboard.RankedIndex;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * What a Redis sorted set answers, computed the plain way: a sorted set of (score, member) in
 * ascending order and a map of scores. Linear where the candidate must be logarithmic; it only
 * ever holds a few members.
 */
final class IndexModel {

  /** Ascending (score, member code points), as ZRANGE lists. */
  static final Comparator<ScoredMember> ASCENDING = Comparator
      .comparingLong(ScoredMember::score)
      .thenComparing(ScoredMember::member, CodePointOrder.COMPARATOR);

  private final Map<String, Long> scores = new HashMap<>();
  private final TreeSet<ScoredMember> order = new TreeSet<>(ASCENDING);

  static boolean inRange(long score) {
    return score <= RankedIndex.MAX_SCORE && score >= -RankedIndex.MAX_SCORE;
  }

  /** ZADD; the caller checks the score's range. */
  boolean add(String member, long score) {
    Long old = scores.put(member, score);
    if (old != null) {
      order.remove(new ScoredMember(member, old));
    }
    order.add(new ScoredMember(member, score));
    return old == null;
  }

  /** The score ZINCRBY would give, which may be out of range (or overflow a long: empty). */
  OptionalLong incremented(String member, long delta) {
    long old = scores.getOrDefault(member, 0L);
    try {
      return OptionalLong.of(Math.addExact(old, delta));
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  boolean remove(String member) {
    Long old = scores.remove(member);
    if (old == null) {
      return false;
    }
    order.remove(new ScoredMember(member, old));
    return true;
  }

  OptionalLong score(String member) {
    Long s = scores.get(member);
    return s == null ? OptionalLong.empty() : OptionalLong.of(s);
  }

  /** ZREVRANK. */
  OptionalLong rank(String member) {
    Long s = scores.get(member);
    if (s == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(order.tailSet(new ScoredMember(member, s), false).size());
  }

  /** ZREVRANGE start stop, non-negative indexes, clipped. */
  List<ScoredMember> range(long start, long stop) {
    List<ScoredMember> all = new ArrayList<>(order.descendingSet());
    return slice(all, start, stop);
  }

  /** ZRANGE start stop, non-negative indexes, clipped. */
  List<ScoredMember> rangeAscending(long start, long stop) {
    return slice(new ArrayList<>(order), start, stop);
  }

  long count(long min, long max) {
    return order.stream().filter(m -> m.score() >= min && m.score() <= max).count();
  }

  long size() {
    return scores.size();
  }

  /** The descending positions members with this score take: {@code [first, last]}. */
  long[] tiedPositions(long score) {
    long above = count(score + 1, Long.MAX_VALUE);
    long tied = count(score, score);
    return new long[] {above, above + tied - 1};
  }

  private static List<ScoredMember> slice(List<ScoredMember> all, long start, long stop) {
    if (start >= all.size() || start > stop) {
      return List.of();
    }
    return List.copyOf(all.subList((int) start, (int) Math.min(stop, all.size() - 1) + 1));
  }
}
