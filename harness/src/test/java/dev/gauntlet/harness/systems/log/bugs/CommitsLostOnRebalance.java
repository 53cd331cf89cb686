package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.GroupCoordinator;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: the coordinator forgets the group's committed offsets whenever a
 * new generation starts, so a partition's new owner starts again from offset 0.
 * {@code log.groups.commits} must catch it.
 */
public final class CommitsLostOnRebalance extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected GroupCoordinator newCoordinator(BrokerEnvironment e) {
        return new GroupCoordinator(e.disk(), e.clock()) {
          @Override
          protected void onNewGeneration(Group g) {
            g.committed().clear();
          }
        };
      }
    };
  }
}
