package dev.gauntlet.reference.leaderboard;

import dev.gauntlet.specs.leaderboard.RankedIndex;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Redis's sorted set: a hash map from member to node, and a skip list ordered by (score, member
 * bytes) whose links carry spans, the number of nodes each link skips, so a rank is the sum of
 * the spans on the search path: O(log n) expected for every operation (t_zset.c, zslInsert,
 * zslGetRank, zslGetElementByRank). Levels are drawn with p = 1/4 up to 32, as Redis does.
 */
public final class SkipListRankedIndex implements RankedIndex {

  private static final int MAX_LEVEL = 32;
  /** 1/4 as an integer threshold over 16 random bits, as zslRandomLevel compares. */
  private static final int P_THRESHOLD = 0xFFFF / 4;

  /** One member; forward[i] and span[i] are its link at level i. */
  private static final class Node {
    final String member;
    long score;
    Node backward;
    final Node[] forward;
    final long[] span;

    Node(String member, long score, int levels) {
      this.member = member;
      this.score = score;
      this.forward = new Node[levels];
      this.span = new long[levels];
    }
  }

  private final Node head = new Node(null, 0, MAX_LEVEL);
  private final Map<String, Node> nodes = new HashMap<>();
  /** Level choice only; a fixed seed keeps every run of the reference identical. */
  private final SplittableRandom random = new SplittableRandom(0x5EED1E5L);
  private Node tail;
  private int level = 1;
  private long length;

  @Override
  public boolean add(String member, long score) {
    Objects.requireNonNull(member, "member");
    Members.checkScore(score);
    Node node = nodes.get(member);
    if (node == null) {
      nodes.put(member, insert(score, member));
      return true;
    }
    if (node.score != score) {
      delete(node.score, member);
      nodes.put(member, insert(score, member));
    }
    return false;
  }

  @Override
  public long incrementBy(String member, long delta) {
    Objects.requireNonNull(member, "member");
    Node node = nodes.get(member);
    long old = node == null ? 0 : node.score;
    long updated;
    try {
      updated = Math.addExact(old, delta);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("score " + old + " + " + delta + " overflows", e);
    }
    add(member, Members.checkScore(updated));
    return updated;
  }

  @Override
  public boolean remove(String member) {
    Node node = nodes.remove(Objects.requireNonNull(member, "member"));
    if (node == null) {
      return false;
    }
    delete(node.score, member);
    return true;
  }

  @Override
  public OptionalLong score(String member) {
    Node node = nodes.get(Objects.requireNonNull(member, "member"));
    return node == null ? OptionalLong.empty() : OptionalLong.of(node.score);
  }

  @Override
  public OptionalLong rank(String member) {
    Node node = nodes.get(Objects.requireNonNull(member, "member"));
    return node == null ? OptionalLong.empty()
        : OptionalLong.of(length - ascendingRank(node.score, member));
  }

  @Override
  public List<ScoredMember> range(long start, long stop) {
    checkIndexes(start, stop);
    List<ScoredMember> out = new ArrayList<>();
    if (start >= length || start > stop) {
      return out;
    }
    long last = Math.min(stop, length - 1);
    // Descending rank r is ascending 1-based rank length - r; walk backward from there.
    Node node = byAscendingRank(length - start);
    for (long r = start; r <= last; r++, node = node.backward) {
      out.add(new ScoredMember(node.member, node.score));
    }
    return out;
  }

  @Override
  public List<ScoredMember> rangeAscending(long start, long stop) {
    checkIndexes(start, stop);
    List<ScoredMember> out = new ArrayList<>();
    if (start >= length || start > stop) {
      return out;
    }
    long last = Math.min(stop, length - 1);
    Node node = byAscendingRank(start + 1);
    for (long r = start; r <= last; r++, node = node.forward[0]) {
      out.add(new ScoredMember(node.member, node.score));
    }
    return out;
  }

  @Override
  public long count(long min, long max) {
    return min > max ? 0 : Math.max(0, atMost(max) - below(min));
  }

  @Override
  public long size() {
    return length;
  }

  private static void checkIndexes(long start, long stop) {
    if (start < 0 || stop < 0) {
      throw new IllegalArgumentException("ranks must be at least 0; were " + start + " and "
          + stop);
    }
  }

  /** The number of members with a score below {@code score}: the sum of spans skipped. */
  private long below(long score) {
    long rank = 0;
    Node x = head;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward[i] != null && x.forward[i].score < score) {
        rank += x.span[i];
        x = x.forward[i];
      }
    }
    return rank;
  }

  /** The number of members with a score at most {@code score}. */
  private long atMost(long score) {
    long rank = 0;
    Node x = head;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward[i] != null && x.forward[i].score <= score) {
        rank += x.span[i];
        x = x.forward[i];
      }
    }
    return rank;
  }

  /** The 1-based ascending rank of a member known to be present (zslGetRank). */
  private long ascendingRank(long score, String member) {
    long rank = 0;
    Node x = head;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward[i] != null
          && Members.compare(x.forward[i].score, x.forward[i].member, score, member) <= 0) {
        rank += x.span[i];
        x = x.forward[i];
      }
      if (x.member != null && x.member.equals(member)) {
        return rank;
      }
    }
    throw new IllegalStateException("member not in the skip list: " + member);
  }

  /** The node of 1-based ascending rank {@code rank} (zslGetElementByRank). */
  private Node byAscendingRank(long rank) {
    long traversed = 0;
    Node x = head;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward[i] != null && traversed + x.span[i] <= rank) {
        traversed += x.span[i];
        x = x.forward[i];
      }
      if (traversed == rank) {
        return x;
      }
    }
    throw new IllegalStateException("no node of rank " + rank);
  }

  private int randomLevel() {
    int lvl = 1;
    while (lvl < MAX_LEVEL && (random.nextInt() & 0xFFFF) < P_THRESHOLD) {
      lvl++;
    }
    return lvl;
  }

  /** zslInsert: the member must not be present. */
  private Node insert(long score, String member) {
    Node[] update = new Node[MAX_LEVEL];
    long[] rank = new long[MAX_LEVEL];
    Node x = head;
    for (int i = level - 1; i >= 0; i--) {
      rank[i] = i == level - 1 ? 0 : rank[i + 1];
      while (x.forward[i] != null
          && Members.compare(x.forward[i].score, x.forward[i].member, score, member) < 0) {
        rank[i] += x.span[i];
        x = x.forward[i];
      }
      update[i] = x;
    }
    int lvl = randomLevel();
    if (lvl > level) {
      for (int i = level; i < lvl; i++) {
        rank[i] = 0;
        update[i] = head;
        update[i].span[i] = length;
      }
      level = lvl;
    }
    x = new Node(member, score, lvl);
    for (int i = 0; i < lvl; i++) {
      x.forward[i] = update[i].forward[i];
      update[i].forward[i] = x;
      x.span[i] = update[i].span[i] - (rank[0] - rank[i]);
      update[i].span[i] = (rank[0] - rank[i]) + 1;
    }
    for (int i = lvl; i < level; i++) {
      update[i].span[i]++;
    }
    x.backward = update[0] == head ? null : update[0];
    if (x.forward[0] != null) {
      x.forward[0].backward = x;
    } else {
      tail = x;
    }
    length++;
    return x;
  }

  /** zslDelete: unlinks the node of (score, member), which must be present. */
  private void delete(long score, String member) {
    Node[] update = new Node[MAX_LEVEL];
    Node x = head;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward[i] != null
          && Members.compare(x.forward[i].score, x.forward[i].member, score, member) < 0) {
        x = x.forward[i];
      }
      update[i] = x;
    }
    x = x.forward[0];
    if (x == null || x.score != score || !x.member.equals(member)) {
      throw new IllegalStateException("member not in the skip list: " + member);
    }
    for (int i = 0; i < level; i++) {
      if (update[i].forward[i] == x) {
        update[i].span[i] += x.span[i] - 1;
        update[i].forward[i] = x.forward[i];
      } else {
        update[i].span[i]--;
      }
    }
    if (x.forward[0] != null) {
      x.forward[0].backward = x.backward;
    } else {
      tail = x.backward;
    }
    while (level > 1 && head.forward[level - 1] == null) {
      level--;
    }
    length--;
  }
}
