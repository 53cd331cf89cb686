package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: acks=all is accepted whatever the ISR's size, as Kafka did before
 * min.insync.replicas (the Jepsen 2013 setting). {@code log.replication.min-insync} and
 * {@code log.failover.jepsen-2013} must catch it.
 */
public final class IgnoresMinInsync extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected boolean enoughInSync(int isrSize, int minInsyncReplicas) {
        return true;
      }
    };
  }
}
