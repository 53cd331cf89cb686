package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.Scenario;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Draws faults for a {@link SimCluster} from a {@link Scenario}, beside the operations they
 * affect, so that a fault schedule shrinks like any other step (towards "no fault": the coin
 * shrinks to false). Each method returns whether the step was a fault step, so that a step is
 * either a fault or an operation and the shrinker can delete one without the other. Every fault
 * injected is logged with {@link Scenario#fault}.
 */
final class CacheNemesis {

  private final SimCluster cluster;
  private final Set<String> everCrashed = new LinkedHashSet<>();

  CacheNemesis(SimCluster cluster) {
    this.cluster = cluster;
  }

  /** Returns the nodes that have crashed at least once in this scenario. */
  Set<String> everCrashed() {
    return everCrashed;
  }

  /**
   * With probability {@code p}, makes this step a fault step: picks a node and flips it: crashes it if it is up, restarts it if
   * it is crashed. The number of nodes that have ever crashed stays at most
   * {@code maxEverCrashed}: a node that crashed before may crash again, a new one only while the
   * bound allows (otherwise no fault). The node is drawn from the fixed list of all nodes, so a
   * choice keeps naming the same node when the shrinker deletes earlier steps.
   */
  boolean maybeCrashOrRestart(Scenario s, double p, int maxEverCrashed) {
    if (!s.coin(p)) {
      return false;
    }
    SimNode node = s.pick(cluster.nodes());
    String id = node.id();
    if (!node.isUp()) {
      s.fault("restart(" + id + ")  // empty store");
      cluster.restart(id);
    } else if (everCrashed.contains(id) || everCrashed.size() < maxEverCrashed) {
      s.fault("crash(" + id + ")");
      everCrashed.add(id);
      cluster.crash(id);
    }
    return true;
  }

  /**
   * With probability {@code p}, makes this step a fault step: picks a node and flips its membership: a member leaves (unless
   * only {@code minMembers} are left), a node that left joins again.
   */
  boolean maybeLeaveOrRejoin(Scenario s, double p, int minMembers) {
    if (!s.coin(p)) {
      return false;
    }
    String id = s.pick(cluster.nodes()).id();
    if (!cluster.members().contains(id)) {
      s.fault("rejoin(" + id + ")  // still holds its data");
      cluster.join(id);
    } else if (cluster.members().size() > minMembers) {
      s.fault("leave(" + id + ")");
      cluster.leave(id);
    }
    return true;
  }
}
