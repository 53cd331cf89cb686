package dev.gauntlet.harness.systems.leaderboard.backend;

import dev.gauntlet.specs.leaderboard.ScoredMember;
import dev.gauntlet.specs.leaderboard.SortedSetStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The in-process sorted-set store: Redis's commands over {@link EmbeddedSortedSet}s, one lock
 * for the whole store, as Redis runs one command at a time. {@link #wipe()} is the
 * harness's FLUSHALL.
 */
public final class EmbeddedSortedSets implements SortedSetStore {

  private final Map<String, EmbeddedSortedSet> sets = new HashMap<>();

  /** Removes every key, as FLUSHALL does. */
  public synchronized void wipe() {
    sets.clear();
  }

  @Override
  public synchronized boolean add(String key, String member, long score) {
    StoreRules.checkScore(score);
    return set(key).put(Objects.requireNonNull(member, "member"), score);
  }

  @Override
  public synchronized long addAll(String key, Collection<ScoredMember> members) {
    members.forEach(m -> StoreRules.checkScore(m.score()));
    long added = 0;
    for (ScoredMember m : members) {
      added += set(key).put(m.member(), m.score()) ? 1 : 0;
    }
    return added;
  }

  @Override
  public synchronized long incrementBy(String key, String member, long delta) {
    Objects.requireNonNull(member, "member");
    StoreRules.checkScore(delta);
    long old = existing(key).map(s -> s.score(member).orElse(0)).orElse(0L);
    long updated;
    try {
      updated = StoreRules.checkScore(Math.addExact(old, delta));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("score " + old + " + " + delta + " overflows", e);
    }
    set(key).put(member, updated);
    return updated;
  }

  @Override
  public synchronized boolean remove(String key, String member) {
    EmbeddedSortedSet set = sets.get(key);
    if (set == null || !set.remove(member)) {
      return false;
    }
    if (set.size() == 0) {
      sets.remove(key);
    }
    return true;
  }

  @Override
  public synchronized OptionalLong score(String key, String member) {
    return existing(key).map(s -> s.score(member)).orElse(OptionalLong.empty());
  }

  @Override
  public synchronized OptionalLong reverseRank(String key, String member) {
    EmbeddedSortedSet set = sets.get(key);
    if (set == null || set.score(member).isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(set.size() - 1 - set.ascendingRank(member));
  }

  @Override
  public synchronized OptionalLong rank(String key, String member) {
    EmbeddedSortedSet set = sets.get(key);
    if (set == null || set.score(member).isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(set.ascendingRank(member));
  }

  @Override
  public synchronized List<ScoredMember> reverseRange(String key, long start, long stop) {
    EmbeddedSortedSet set = sets.get(key);
    long[] r = set == null ? null : StoreRules.clip(start, stop, set.size());
    if (r == null) {
      return new ArrayList<>();
    }
    long n = set.size();
    List<ScoredMember> out = set.ascending(n - 1 - r[1], n - 1 - r[0]);
    java.util.Collections.reverse(out);
    return out;
  }

  @Override
  public synchronized List<ScoredMember> range(String key, long start, long stop) {
    EmbeddedSortedSet set = sets.get(key);
    long[] r = set == null ? null : StoreRules.clip(start, stop, set.size());
    return r == null ? new ArrayList<>() : set.ascending(r[0], r[1]);
  }

  @Override
  public synchronized long count(String key, long min, long max) {
    EmbeddedSortedSet set = sets.get(key);
    if (set == null || min > max) {
      return 0;
    }
    long atMost = max == Long.MAX_VALUE ? set.size() : set.countBelow(max + 1);
    return atMost - set.countBelow(min);
  }

  @Override
  public synchronized long size(String key) {
    return existing(key).map(EmbeddedSortedSet::size).orElse(0L);
  }

  @Override
  public synchronized boolean exists(String key) {
    return sets.containsKey(key);
  }

  @Override
  public synchronized boolean delete(String key) {
    return sets.remove(key) != null;
  }

  @Override
  public synchronized void rename(String from, String to) {
    EmbeddedSortedSet set = sets.remove(from);
    if (set == null) {
      throw new IllegalStateException("no such key: " + from);
    }
    sets.put(to, set);
  }

  private java.util.Optional<EmbeddedSortedSet> existing(String key) {
    return java.util.Optional.ofNullable(sets.get(key));
  }

  private EmbeddedSortedSet set(String key) {
    return sets.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new EmbeddedSortedSet());
  }
}
