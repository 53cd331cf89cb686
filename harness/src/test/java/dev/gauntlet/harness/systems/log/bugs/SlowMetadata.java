package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ClusterMetadata;

/**
 * Planted bug: the broker applies the controller's metadata only on every 150th heartbeat (a
 * metadata "cache" of 1.5 s), so a new leader starts serving long after its election.
 * {@code log.failover.election-time} must catch it.
 */
public final class SlowMetadata extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      private int heartbeats;

      @Override
      protected void applyMetadata(ClusterMetadata m) {
        if (heartbeats++ % 150 == 0) {
          super.applyMetadata(m);
        }
      }
    };
  }
}
