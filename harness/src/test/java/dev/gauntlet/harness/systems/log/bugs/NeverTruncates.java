package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: a follower fetches from its own log end without truncating what the leader
 * does not have, so a returning old leader keeps records the new leader overwrote: the logs
 * diverge below the high watermark. {@code log.failover.kip101-divergence} must catch it.
 */
public final class NeverTruncates extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected long divergenceOffset(long leaderEpochEnd, long ownEpochEnd, long ownLogEnd) {
        return ownLogEnd;
      }
    };
  }
}
