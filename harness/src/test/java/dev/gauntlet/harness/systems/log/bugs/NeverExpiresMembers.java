package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.GroupCoordinator;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: the coordinator never removes a member that stopped heartbeating, so a
 * crashed member's partitions are never read again. {@code log.groups.session-timeout} must
 * catch it.
 */
public final class NeverExpiresMembers extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected GroupCoordinator newCoordinator(BrokerEnvironment e) {
        return new GroupCoordinator(e.disk(), e.clock()) {
          @Override
          protected boolean expired(long lastHeartbeat, long sessionTimeoutMs, long now) {
            return false;
          }
        };
      }
    };
  }
}
