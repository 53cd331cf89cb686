package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.cache.CacheFactory;

/**
 * Replication under faults: crashes that lose a node's memory, and nodes that leave and rejoin
 * still holding values that were overwritten while they were away.
 */
@CheckSuite(system = "cache", name = "replication", order = 3)
public class ReplicationChecks {

  private static final int EXAMPLES = 150;
  private static final int AVERAGE_STEPS = 25;
  private static final int MAX_STEPS = 50;

  /**
   * Puts, gets and deletes by two clients, interleaved with crashes and restarts of at most
   * R - 1 = 2 distinct nodes per scenario; every get must return the last acknowledged write.
   *
   * <p>Why that holds for a correct client: a write reaches the first R live nodes of the key's
   * preference list, and a read asks the first R live nodes, newest version first. With at most
   * R - 1 nodes that have ever crashed, at least one node that never crashed holds the latest
   * write and is among the first R live nodes of every later read. A restarted node is empty, so
   * a miss there says nothing; an older version held elsewhere must lose to the newer one.
   */
  @Check(id = "cache.replication.crash", title = "An acknowledged write survives the crash of"
      + " R - 1 nodes", points = 14, category = Category.FAULT_TOLERANCE)
  void crash(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    ctx.property(s -> {
      SimCluster cluster = ReplicationScenario.newCluster(factory, s);
      int maxCrashed = cluster.replicationFactor() - 1;
      CacheNemesis nemesis = new CacheNemesis(cluster);
      ReplicationScenario ops = new ReplicationScenario(cluster);
      while (s.another(AVERAGE_STEPS, MAX_STEPS)) {
        if (nemesis.maybeCrashOrRestart(s, 0.2, maxCrashed)) {
          continue;
        }
        ops.operation(s, (call, expected, observed) -> {
          // The guarantee's wording stays fixed: the shrinker tells bugs apart by it.
          String crashed = String.join(", ", nemesis.everCrashed());
          String seen = ReplicationScenario.show(observed) + " (crashed so far: "
              + (crashed.isEmpty() ? "none" : crashed) + ")";
          String rule = " while at most R - 1 = " + maxCrashed + " nodes have crashed";
          if (expected.isPresent() && observed.isEmpty()) {
            throw new GuaranteeViolation("no lost acknowledged write: a get returns the last"
                + " acknowledged put" + rule + ", even when a node that restarted empty is"
                + " asked first", ReplicationScenario.show(expected), seen);
          }
          if (expected.isEmpty()) {
            throw new GuaranteeViolation("a deleted key stays deleted" + rule, "absent", seen);
          }
          throw new GuaranteeViolation("no stale value: a get returns the last acknowledged put,"
              + " never an older one" + rule, ReplicationScenario.show(expected), seen);
        });
      }
    }).examples(EXAMPLES).shrinkAttempts(2000).check(ctx.seed());
  }

  /**
   * Puts, gets and deletes by two clients while nodes leave (keeping their data) and rejoin;
   * a get must never return a value that was overwritten or deleted, which is what a rejoining
   * node still holds (the lesson of Facebook's memcache paper, NSDI 2013).
   *
   * <p>A miss is accepted: data held only by nodes that left is not promised, and a client may
   * clear a rejoining node, so a key whose holders all left or were cleared may be absent. Only
   * a value other than the latest (an overwritten one, or one deleted) fails. At least R nodes
   * stay members.
   */
  @Check(id = "cache.replication.rejoin", title = "A node that rejoins never serves a value"
      + " overwritten while it was away", points = 8, category = Category.FAULT_TOLERANCE)
  void rejoin(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    ctx.property(s -> {
      SimCluster cluster = ReplicationScenario.newCluster(factory, s);
      CacheNemesis nemesis = new CacheNemesis(cluster);
      ReplicationScenario ops = new ReplicationScenario(cluster);
      while (s.another(AVERAGE_STEPS, MAX_STEPS)) {
        if (nemesis.maybeLeaveOrRejoin(s, 0.2, cluster.replicationFactor())) {
          continue;
        }
        ops.operation(s, (call, expected, observed) -> {
          if (observed.isPresent()) {
            throw new GuaranteeViolation("no stale read after a rejoin: a node that left and"
                + " joined again must not serve a value overwritten or deleted while it was"
                + " away (clear it on join, or version values so the newest wins)",
                expected.isPresent() ? ReplicationScenario.show(expected) + " (or absent)"
                    : "absent",
                ReplicationScenario.show(observed));
          }
        });
      }
    }).examples(EXAMPLES).shrinkAttempts(2000).check(ctx.seed());
  }
}
