package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: acks=all is answered as soon as the leader has appended, like acks=1,
 * before any follower has the record. {@code log.replication.high-watermark} must catch it.
 */
public final class AcksAllBeforeFollowers extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected boolean waitsForIsr(int acks) {
        return false;
      }
    };
  }
}
