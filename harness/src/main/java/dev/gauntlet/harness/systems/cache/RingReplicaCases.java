package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The scenario of {@code cache.ring.replicas}. */
final class RingReplicaCases {

  static final String DISTINCT = "replicasFor returns distinct physical nodes: virtual nodes of a"
      + " node already chosen are skipped";
  static final String COUNT = "replicasFor(key, R) returns min(R, N) nodes for a ring of N nodes";
  static final String ON_RING = "replicasFor returns only nodes on the ring";
  static final String OWNER_FIRST = "replicasFor(key, R) starts with ownerOf(key)";
  static final String PREFIX = "the replica list for R is a prefix of the list for R + 1";
  static final String REJECTS_R = "replicasFor rejects R < 1 with IllegalArgumentException";
  static final String EMPTY = "an empty ring answers ownerOf and replicasFor with"
      + " IllegalStateException";

  private static final int KEYS = 100;

  private RingReplicaCases() {}

  /** Checks that {@code ring}, which has no nodes, rejects lookups. */
  static void emptyRingRejects(HashRing ring, String which) {
    expectThrows(IllegalStateException.class, EMPTY, which + ": ownerOf(\"key-0\")",
        () -> ring.ownerOf("key-0"));
    expectThrows(IllegalStateException.class, EMPTY, which + ": replicasFor(\"key-0\", 1)",
        () -> ring.replicasFor("key-0", 1));
  }

  static void run(Scenario s, CacheFactory factory) {
    int vnodes = s.pick(List.of(CacheFactory.DEFAULT_VIRTUAL_NODES, 1, 2, 10));
    int n = s.intBetween(1, 6);
    HashRing ring = factory.newRing(vnodes);
    s.note("ring = newRing(" + vnodes + ")");
    for (int i = 1; i <= n; i++) {
      s.step("ring.addNode(\"node-" + i + "\")");
      ring.addNode("node-" + i);
    }
    if (n > 1 && s.coin(0.3)) {
      String leaver = "node-" + s.intBetween(1, n);
      s.step("ring.removeNode(\"" + leaver + "\")");
      ring.removeNode(leaver);
      n--;
    }
    Set<String> members = ring.nodes();
    int r = s.intBetween(-1, 0);
    expectThrows(IllegalArgumentException.class, REJECTS_R, "replicasFor(\"key-0\", " + r + ")",
        () -> ring.replicasFor("key-0", r));
    for (int k = 0; k < KEYS; k++) {
      String key = RingScenarios.key(k);
      String owner = ring.ownerOf(key);
      List<String> previous = List.of();
      for (int replicas = 1; replicas <= n + 1; replicas++) {
        List<String> list = ring.replicasFor(key, replicas);
        String call = "ring.replicasFor(\"" + key + "\", " + replicas + ")";
        String failed = firstBroken(list, replicas, n, members, owner, previous);
        if (failed != null) {
          if (failed.equals(OWNER_FIRST)) {
            s.step("ring.ownerOf(\"" + key + "\")");
            s.observe(owner);
          }
          if (failed.equals(PREFIX)) {
            s.step("ring.replicasFor(\"" + key + "\", " + (replicas - 1) + ")");
            s.observe(previous.toString());
          }
          s.step(call);
          s.observe(list.toString());
          throw new GuaranteeViolation(failed, expectation(failed, replicas, n, owner, previous),
              list);
        }
        previous = list;
      }
    }
  }

  private static String firstBroken(List<String> list, int r, int n, Set<String> members,
      String owner, List<String> previous) {
    if (new HashSet<>(list).size() != list.size()) {
      return DISTINCT;
    }
    if (!members.containsAll(list)) {
      return ON_RING;
    }
    if (list.size() != Math.min(r, n)) {
      return COUNT;
    }
    if (!list.get(0).equals(owner)) {
      return OWNER_FIRST;
    }
    if (!list.subList(0, previous.size()).equals(previous)) {
      return PREFIX;
    }
    return null;
  }

  private static String expectation(String guarantee, int r, int n, String owner,
      List<String> previous) {
    return switch (guarantee) {
      case DISTINCT -> "no node twice";
      case ON_RING -> "only nodes of the ring";
      case COUNT -> Math.min(r, n) + " nodes (R = " + r + ", N = " + n + ")";
      case OWNER_FIRST -> "a list starting with " + owner;
      default -> "a list starting with " + previous;
    };
  }

  private static void expectThrows(Class<? extends RuntimeException> type, String guarantee,
      String call, Runnable body) {
    try {
      body.run();
    } catch (UnsupportedOperationException notImplemented) {
      throw notImplemented;
    } catch (RuntimeException e) {
      if (type.isInstance(e)) {
        return;
      }
      throw new GuaranteeViolation(guarantee, call + " throws " + type.getSimpleName(),
          call + " threw " + e.getClass().getName());
    }
    throw new GuaranteeViolation(guarantee, call + " throws " + type.getSimpleName(),
        call + " returned normally");
  }
}
