package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;

/**
 * Checks the consistent-hashing ring's answers: placement that depends only on membership, keys
 * that move only as monotonicity allows, and replica lists of distinct physical nodes.
 */
@CheckSuite(system = "cache", name = "ring", order = 2)
public class RingSuite {

  /**
   * Builds ring {@code a} from a random sequence of adds and removes (of present and absent nodes)
   * and ring {@code b} from the resulting members added in another random order, sometimes with a
   * node added first and removed last; then {@code nodes()}, {@code ownerOf} and
   * {@code replicasFor(key, 3)} must agree for {@value RingScenarios#KEYS} keys.
   */
  @Check(id = "cache.ring.placement",
      title = "Placement depends only on membership and key, not on the order of joins",
      points = 7, category = Category.CORRECTNESS)
  void placement(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    ctx.property(s -> RingScenarios.placement(s, factory))
        .examples((int) ctx.setting("examples", 100)).check(ctx.seed());
  }

  /**
   * Starts from 1 to 8 nodes and applies random joins and leaves; after each, compares the owner
   * of every one of {@value RingScenarios#KEYS} keys with its owner before: a join may only move
   * keys to the joiner, a leave may only move the leaver's keys. Reports the first key that broke
   * this and both owners.
   */
  @Check(id = "cache.ring.monotonicity",
      title = "A join moves keys only to the joiner; a leave moves only the leaver's keys",
      points = 8, category = Category.CORRECTNESS)
  void monotonicity(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    ctx.property(s -> RingScenarios.monotonicity(s, factory))
        .examples((int) ctx.setting("examples", 100)).check(ctx.seed());
  }

  /**
   * On rings of 1 to 6 nodes (default, 1, 2 or 10 virtual nodes per node, sometimes after a
   * removal), for many keys and every R from 1 to N + 1: {@code replicasFor(key, R)} holds
   * min(R, N) distinct nodes of the ring, starts with {@code ownerOf(key)}, and is a prefix of the
   * list for R + 1; R of 0 or less is rejected with {@link IllegalArgumentException}. An empty
   * ring, new or emptied by removals, answers with {@link IllegalStateException}.
   */
  @Check(id = "cache.ring.replicas",
      title = "replicasFor returns R distinct physical nodes, owner first, each list a prefix of"
          + " the next",
      points = 6, category = Category.CORRECTNESS)
  void replicas(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    HashRing empty = factory.newRing();
    RingReplicaCases.emptyRingRejects(empty, "a new ring");
    empty.addNode("node-1");
    empty.removeNode("node-1");
    RingReplicaCases.emptyRingRejects(empty, "a ring whose only node was removed");
    ctx.property(s -> RingReplicaCases.run(s, factory))
        .examples((int) ctx.setting("examples", 100)).check(ctx.seed());
  }
}
