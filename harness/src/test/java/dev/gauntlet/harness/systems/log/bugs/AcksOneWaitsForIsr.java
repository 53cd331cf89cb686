package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: acks=1 waits for the whole ISR like acks=all; safe, but not what acks=1
 * means, and it hides the trade-off. {@code log.failover.acks1-loss} must catch it.
 */
public final class AcksOneWaitsForIsr extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected boolean waitsForIsr(int acks) {
        return acks != 0;
      }
    };
  }
}
