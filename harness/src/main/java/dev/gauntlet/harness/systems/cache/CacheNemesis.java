package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws faults for a {@link SimCluster} from a {@link Scenario}, beside the step they affect, so
 * that a fault schedule shrinks like any other step (towards "no fault": the coin shrinks to
 * false). Every fault injected is logged with {@link Scenario#fault}.
 */
final class CacheNemesis {

  /** One fault that may be injected now. */
  private record Fault(String code, Runnable inject) {}

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
   * With probability {@code p}, crashes a node or restarts a crashed one, keeping the number of
   * nodes that have ever crashed at most {@code maxEverCrashed}: a crashed node may crash again
   * after its restart, a new one only while the bound allows.
   */
  void maybeCrashOrRestart(Scenario s, double p, int maxEverCrashed) {
    if (!s.coin(p)) {
      return;
    }
    List<Fault> faults = new ArrayList<>();
    for (SimNode node : cluster.nodes()) {
      String id = node.id();
      if (node.isUp() && (everCrashed.contains(id) || everCrashed.size() < maxEverCrashed)) {
        faults.add(new Fault("crash(" + id + ")", () -> {
          everCrashed.add(id);
          cluster.crash(id);
        }));
      } else if (!node.isUp()) {
        faults.add(new Fault("restart(" + id + ")  // empty store", () -> cluster.restart(id)));
      }
    }
    inject(s, faults);
  }

  /**
   * With probability {@code p}, makes a member leave (keeping at least {@code minMembers}) or a
   * node that left join again.
   */
  void maybeLeaveOrRejoin(Scenario s, double p, int minMembers) {
    if (!s.coin(p)) {
      return;
    }
    List<Fault> faults = new ArrayList<>();
    for (SimNode node : cluster.nodes()) {
      String id = node.id();
      if (!cluster.members().contains(id)) {
        faults.add(new Fault("rejoin(" + id + ")  // still holds its data",
            () -> cluster.join(id)));
      } else if (cluster.members().size() > minMembers) {
        faults.add(new Fault("leave(" + id + ")", () -> cluster.leave(id)));
      }
    }
    inject(s, faults);
  }

  private static void inject(Scenario s, List<Fault> faults) {
    if (faults.isEmpty()) {
      return;
    }
    Fault fault = s.pick(faults);
    s.fault(fault.code());
    fault.inject().run();
  }
}
