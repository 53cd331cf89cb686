package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.RankedIndex;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Planted bug: a sorted {@code ArrayList} with binary search. Ranks, ranges and counts are
 * O(log n) and every answer is right, but each insert and removal shifts half the array: O(n).
 * Must fail {@code leaderboard.index.update-cost}.
 */
public final class SortedArrayIndex extends PlantedLeaderboardFactory {

  @Override
  public RankedIndex newRankedIndex() {
    return new ArrayIndex();
  }

  private static final class ArrayIndex implements RankedIndex {
    private static final Comparator<ScoredMember> ASCENDING = Comparator
        .comparingLong(ScoredMember::score)
        .thenComparing(ScoredMember::member, ArrayIndex::compareCodePoints);

    /** Code point order without allocating: what a careful student writes. */
    private static int compareCodePoints(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        int x = a.codePointAt(i);
        int y = b.codePointAt(j);
        if (x != y) {
          return Integer.compare(x, y);
        }
        i += Character.charCount(x);
        j += Character.charCount(y);
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }

    private final List<ScoredMember> sorted = new ArrayList<>();
    private final Map<String, Long> scores = new HashMap<>();

    @Override
    public boolean add(String member, long score) {
      if (Math.abs(score) > MAX_SCORE) {
        throw new IllegalArgumentException("score out of range: " + score);
      }
      boolean fresh = !remove(member);
      ScoredMember m = new ScoredMember(member, score);
      sorted.add(-Collections.binarySearch(sorted, m, ASCENDING) - 1, m);
      scores.put(member, score);
      return fresh;
    }

    @Override
    public long incrementBy(String member, long delta) {
      long updated = scores.getOrDefault(member, 0L) + delta;
      add(member, updated);
      return updated;
    }

    @Override
    public boolean remove(String member) {
      Long old = scores.remove(member);
      if (old == null) {
        return false;
      }
      sorted.remove(Collections.binarySearch(sorted, new ScoredMember(member, old), ASCENDING));
      return true;
    }

    @Override
    public OptionalLong score(String member) {
      Long s = scores.get(member);
      return s == null ? OptionalLong.empty() : OptionalLong.of(s);
    }

    @Override
    public OptionalLong rank(String member) {
      Long s = scores.get(member);
      return s == null ? OptionalLong.empty() : OptionalLong.of(sorted.size() - 1
          - Collections.binarySearch(sorted, new ScoredMember(member, s), ASCENDING));
    }

    @Override
    public List<ScoredMember> range(long start, long stop) {
      checkIndexes(start, stop);
      List<ScoredMember> out = new ArrayList<>();
      for (long r = start; r <= stop && r < sorted.size(); r++) {
        out.add(sorted.get((int) (sorted.size() - 1 - r)));
      }
      return out;
    }

    @Override
    public List<ScoredMember> rangeAscending(long start, long stop) {
      checkIndexes(start, stop);
      List<ScoredMember> out = new ArrayList<>();
      for (long r = start; r <= stop && r < sorted.size(); r++) {
        out.add(sorted.get((int) r));
      }
      return out;
    }

    @Override
    public long count(long min, long max) {
      return min > max ? 0 : below(max == Long.MAX_VALUE ? max : max + 1, max == Long.MAX_VALUE)
          - below(min, false);
    }

    /** Members scoring below {@code score} (or all, when {@code all}). */
    private long below(long score, boolean all) {
      if (all) {
        return sorted.size();
      }
      int lo = 0;
      int hi = sorted.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted.get(mid).score() < score) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    @Override
    public long size() {
      return sorted.size();
    }

    private static void checkIndexes(long start, long stop) {
      if (start < 0 || stop < 0) {
        throw new IllegalArgumentException("negative index");
      }
    }
  }
}
