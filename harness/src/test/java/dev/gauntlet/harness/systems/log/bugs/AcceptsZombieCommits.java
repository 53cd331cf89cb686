package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.GroupCoordinator;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: the coordinator accepts a commit whatever generation it carries, so
 * a zombie from an older generation overwrites the new owner's progress.
 * {@code log.groups.fencing} must catch it.
 */
public final class AcceptsZombieCommits extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected GroupCoordinator newCoordinator(BrokerEnvironment e) {
        return new GroupCoordinator(e.disk(), e.clock()) {
          @Override
          protected boolean acceptsGeneration(int current, int generation) {
            return true;
          }
        };
      }
    };
  }
}
