package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: a consumer's fetch returns records up to the leader's log end offset
 * instead of its high watermark: consumers see records that a failover may still erase.
 * {@code log.replication.fetch-hw} must catch it.
 */
public final class FetchBeyondHighWatermark extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected long consumerFetchLimit(long highWatermark, long logEndOffset) {
        return logEndOffset;
      }
    };
  }
}
