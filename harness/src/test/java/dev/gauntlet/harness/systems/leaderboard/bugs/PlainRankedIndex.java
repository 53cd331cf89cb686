package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.RankedIndex;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * A correct but plain ranked index: a {@code TreeSet} and a map. Its ranks are
 * {@code headSet(x).size()}, which walks the set: O(n), the planted bug {@link LinearRank}. The
 * other planted index bugs change its order in one overridden method.
 */
public class PlainRankedIndex implements RankedIndex {

  /** A member with the sequence number of its insertion, for orders that (wrongly) use it. */
  protected record Entry(String member, long score, long sequence) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final NavigableSet<Entry> order = new TreeSet<>(order());
  private long sequence;

  /** The ascending order: by score, then by code point (UTF-8 byte) order. */
  protected Comparator<Entry> order() {
    return Comparator.comparingLong(Entry::score).thenComparing(Entry::member,
        PlainRankedIndex::compareCodePoints);
  }

  private static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return java.util.Arrays.compare(x, y);
  }

  @Override
  public boolean add(String member, long score) {
    check(score);
    Entry old = entries.remove(member);
    if (old != null) {
      order.remove(old);
    }
    Entry e = new Entry(member, score, ++sequence);
    entries.put(member, e);
    order.add(e);
    return old == null;
  }

  @Override
  public long incrementBy(String member, long delta) {
    Entry old = entries.get(member);
    long updated = (old == null ? 0 : old.score()) + delta;
    check(updated);
    if (old != null) {
      order.remove(old);
    }
    // An increment keeps the member's place among equals: it is not a new insertion.
    Entry e = new Entry(member, updated, old == null ? ++sequence : old.sequence());
    entries.put(member, e);
    order.add(e);
    return updated;
  }

  @Override
  public boolean remove(String member) {
    Entry old = entries.remove(member);
    return old != null && order.remove(old);
  }

  @Override
  public OptionalLong score(String member) {
    Entry e = entries.get(member);
    return e == null ? OptionalLong.empty() : OptionalLong.of(e.score());
  }

  @Override
  public OptionalLong rank(String member) {
    Entry e = entries.get(member);
    return e == null ? OptionalLong.empty() : OptionalLong.of(order.tailSet(e, false).size());
  }

  @Override
  public List<ScoredMember> range(long start, long stop) {
    return slice(order.descendingIterator(), start, stop);
  }

  @Override
  public List<ScoredMember> rangeAscending(long start, long stop) {
    return slice(order.iterator(), start, stop);
  }

  @Override
  public long count(long min, long max) {
    return order.stream().filter(e -> e.score() >= min && e.score() <= max).count();
  }

  @Override
  public long size() {
    return entries.size();
  }

  private static List<ScoredMember> slice(Iterator<Entry> it, long start, long stop) {
    if (start < 0 || stop < 0) {
      throw new IllegalArgumentException("negative index");
    }
    List<ScoredMember> out = new ArrayList<>();
    for (long i = 0; it.hasNext() && i <= stop; i++) {
      Entry e = it.next();
      if (i >= start) {
        out.add(new ScoredMember(e.member(), e.score()));
      }
    }
    return out;
  }

  private static void check(long score) {
    if (Math.abs(score) > MAX_SCORE) {
      throw new IllegalArgumentException("score out of range: " + score);
    }
  }
}
