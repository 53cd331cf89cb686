package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.TopicPartition;

/**
 * Planted bug: a follower that starts following truncates its log to its own
 * high watermark instead of asking the leader where its epoch ends (the bug KIP-101 fixed): a
 * committed record above its stale high watermark is dropped, and lost if it is elected at once.
 * {@code log.failover.kip101-hw-truncation} must catch it.
 */
public final class TruncatesToOwnHighWatermark extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected void startFollowing(TopicPartition tp) {
        truncateThenFetch(tp, highWatermarkOf(tp));
      }
    };
  }
}
