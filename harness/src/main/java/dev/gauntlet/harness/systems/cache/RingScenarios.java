package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The scenarios of {@code cache.ring.placement} and {@code cache.ring.monotonicity}. */
final class RingScenarios {

  static final String PLACEMENT = "placement depends only on membership and key: two rings with"
      + " the same nodes give the same answers, whatever order the nodes joined in";
  static final String MEMBERS = "nodes() lists exactly the nodes added and not removed since";
  static final String JOIN = "monotonicity on a join: every key keeps its owner or moves to the"
      + " joining node";
  static final String LEAVE = "monotonicity on a leave: only the leaving node's keys move";

  /** Keys compared after every change; enough that each node of a small ring owns dozens. */
  static final int KEYS = 400;

  private static final List<String> UNIVERSE = nodes(12);

  private RingScenarios() {}

  static void placement(Scenario s, CacheFactory factory) {
    s.note("a = newRing(); b = newRing()");
    HashRing a = factory.newRing();
    Set<String> members = new TreeSet<>();
    while (s.another(8, 24)) {
      String node = s.pick(UNIVERSE.subList(0, 8));
      if (s.coin(0.25)) {
        s.step("a.removeNode(\"" + node + "\")");
        a.removeNode(node);
        members.remove(node);
      } else {
        s.step("a.addNode(\"" + node + "\")");
        a.addNode(node);
        members.add(node);
      }
    }
    GuaranteeViolation.expectEqual(MEMBERS, members, new TreeSet<>(a.nodes()));
    if (members.isEmpty()) {
      return;
    }
    HashRing b = factory.newRing();
    String passing = s.coin(0.3) ? UNIVERSE.get(s.intBetween(8, UNIVERSE.size() - 1)) : null;
    if (passing != null) {
      s.step("b.addNode(\"" + passing + "\")");
      b.addNode(passing);
    }
    List<String> remaining = new ArrayList<>(members);
    while (!remaining.isEmpty()) {
      String node = remaining.remove(s.intBetween(0, remaining.size() - 1));
      s.step("b.addNode(\"" + node + "\")");
      b.addNode(node);
    }
    if (passing != null) {
      s.step("b.removeNode(\"" + passing + "\")");
      b.removeNode(passing);
    }
    GuaranteeViolation.expectEqual(MEMBERS, members, new TreeSet<>(b.nodes()));
    for (int i = 0; i < KEYS; i++) {
      String key = key(i);
      String ownerA = a.ownerOf(key);
      String ownerB = b.ownerOf(key);
      List<String> replicasA = a.replicasFor(key, 3);
      List<String> replicasB = b.replicasFor(key, 3);
      if (!ownerA.equals(ownerB) || !replicasA.equals(replicasB)) {
        boolean owner = !ownerA.equals(ownerB);
        String call = owner ? "ownerOf(\"" + key + "\")" : "replicasFor(\"" + key + "\", 3)";
        s.step("a." + call);
        s.observe(owner ? ownerA : replicasA.toString());
        s.step("b." + call);
        s.observe(owner ? ownerB : replicasB.toString());
        throw new GuaranteeViolation(PLACEMENT, "the same " + (owner ? "owner" : "replica list")
            + " of " + key + " from a and b", owner ? "a: " + ownerA + ", b: " + ownerB
                : "a: " + replicasA + ", b: " + replicasB);
      }
    }
  }

  static void monotonicity(Scenario s, CacheFactory factory) {
    HashRing ring = factory.newRing();
    Set<String> members = new TreeSet<>();
    int initial = s.intBetween(1, 8);
    for (String node : UNIVERSE.subList(0, initial)) {
      ring.addNode(node);
      members.add(node);
    }
    s.note("ring = newRing() with " + members);
    String[] owners = owners(ring);
    while (s.another(4, 10)) {
      boolean leave = members.size() == UNIVERSE.size() || members.size() > 1 && s.coin(0.5);
      String node;
      if (leave) {
        node = s.pick(new ArrayList<>(members));
        s.step("ring.removeNode(\"" + node + "\")");
        ring.removeNode(node);
        members.remove(node);
      } else {
        List<String> outside = new ArrayList<>(UNIVERSE);
        outside.removeAll(members);
        node = s.pick(outside);
        s.step("ring.addNode(\"" + node + "\")");
        ring.addNode(node);
        members.add(node);
      }
      String[] after = owners(ring);
      for (int i = 0; i < KEYS; i++) {
        boolean allowed = after[i].equals(owners[i])
            || (leave ? owners[i].equals(node) : after[i].equals(node));
        if (!allowed) {
          s.step("ring.ownerOf(\"" + key(i) + "\")");
          s.observe(after[i]);
          throw new GuaranteeViolation(leave ? LEAVE : JOIN,
              key(i) + " stays on " + owners[i] + (leave ? "" : " or moves to " + node),
              key(i) + " moved from " + owners[i] + " to " + after[i]);
        }
      }
      owners = after;
    }
  }

  static String key(int i) {
    return "key-" + i;
  }

  private static String[] owners(HashRing ring) {
    String[] owners = new String[KEYS];
    for (int i = 0; i < KEYS; i++) {
      owners[i] = ring.ownerOf(key(i));
    }
    return owners;
  }

  private static List<String> nodes(int n) {
    List<String> nodes = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      nodes.add("node-" + i);
    }
    return List.copyOf(nodes);
  }
}
