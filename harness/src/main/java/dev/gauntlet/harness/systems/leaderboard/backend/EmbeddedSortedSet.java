package dev.gauntlet.harness.systems.leaderboard.backend;

import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * One sorted set of the embedded store: a treap ordered by (score, member code points) whose nodes
 * count their subtrees, so ranks and counts take O(log n) expected, and a map from member to
 * score. Written for the harness, apart from the reference's skip list, and kept honest by the
 * differential test against a real Redis. Not thread-safe: {@link EmbeddedSortedSets} locks.
 */
final class EmbeddedSortedSet {

  private static final class Node {
    final String member;
    final long score;
    final int priority;
    int size = 1;
    Node left;
    Node right;

    Node(String member, long score, int priority) {
      this.member = member;
      this.score = score;
      this.priority = priority;
    }
  }

  private final Map<String, Long> scores = new HashMap<>();
  private final SplittableRandom priorities = new SplittableRandom(0x7AEA9L);
  private Node root;

  long size() {
    return scores.size();
  }

  OptionalLong score(String member) {
    Long s = scores.get(member);
    return s == null ? OptionalLong.empty() : OptionalLong.of(s);
  }

  /** Sets the score; returns whether the member is new. */
  boolean put(String member, long score) {
    Long old = scores.put(member, score);
    if (old != null) {
      root = delete(root, old, member);
    }
    root = insert(root, new Node(member, score, priorities.nextInt()));
    return old == null;
  }

  boolean remove(String member) {
    Long old = scores.remove(member);
    if (old == null) {
      return false;
    }
    root = delete(root, old, member);
    return true;
  }

  /** The 0-based ascending rank of a present member: how many entries order before it. */
  long ascendingRank(String member) {
    long score = scores.get(member);
    long rank = 0;
    Node n = root;
    while (n != null) {
      int c = compare(score, member, n);
      if (c == 0) {
        return rank + size(n.left);
      } else if (c < 0) {
        n = n.left;
      } else {
        rank += size(n.left) + 1;
        n = n.right;
      }
    }
    throw new IllegalStateException("member missing from the tree: " + member);
  }

  /** How many members score strictly below {@code score}. */
  long countBelow(long score) {
    long count = 0;
    Node n = root;
    while (n != null) {
      if (n.score < score) {
        count += size(n.left) + 1;
        n = n.right;
      } else {
        n = n.left;
      }
    }
    return count;
  }

  /** Entries of ascending ranks {@code from..to}, both within [0, size). */
  List<ScoredMember> ascending(long from, long to) {
    List<ScoredMember> out = new ArrayList<>();
    for (long r = from; r <= to; r++) {
      Node n = select(r);
      out.add(new ScoredMember(n.member, n.score));
    }
    return out;
  }

  private Node select(long rank) {
    Node n = root;
    long r = rank;
    while (true) {
      long left = size(n.left);
      if (r < left) {
        n = n.left;
      } else if (r == left) {
        return n;
      } else {
        r -= left + 1;
        n = n.right;
      }
    }
  }

  private static int compare(long score, String member, Node n) {
    int c = Long.compare(score, n.score);
    return c != 0 ? c : CodePointOrder.compare(member, n.member);
  }

  private static long size(Node n) {
    return n == null ? 0 : n.size;
  }

  private static Node fix(Node n) {
    n.size = (int) (1 + size(n.left) + size(n.right));
    return n;
  }

  private static Node insert(Node n, Node x) {
    if (n == null) {
      return x;
    }
    if (compare(x.score, x.member, n) < 0) {
      n.left = insert(n.left, x);
      if (n.left.priority > n.priority) {
        n = rotateRight(n);
      }
    } else {
      n.right = insert(n.right, x);
      if (n.right.priority > n.priority) {
        n = rotateLeft(n);
      }
    }
    return fix(n);
  }

  private static Node delete(Node n, long score, String member) {
    if (n == null) {
      throw new IllegalStateException("member missing from the tree: " + member);
    }
    int c = compare(score, member, n);
    if (c < 0) {
      n.left = delete(n.left, score, member);
    } else if (c > 0) {
      n.right = delete(n.right, score, member);
    } else {
      return merge(n.left, n.right);
    }
    return fix(n);
  }

  /** Joins two treaps whose every key of {@code a} is below every key of {@code b}. */
  private static Node merge(Node a, Node b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.priority > b.priority) {
      a.right = merge(a.right, b);
      return fix(a);
    }
    b.left = merge(a, b.left);
    return fix(b);
  }

  private static Node rotateRight(Node n) {
    Node l = n.left;
    n.left = l.right;
    l.right = fix(n);
    return fix(l);
  }

  private static Node rotateLeft(Node n) {
    Node r = n.right;
    n.right = r.left;
    r.left = fix(n);
    return fix(r);
  }
}
