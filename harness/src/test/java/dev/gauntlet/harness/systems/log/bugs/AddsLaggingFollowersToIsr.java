package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: the leader puts a follower back into the ISR as soon as it fetches,
 * however far behind; the controller may then elect it, a leader from outside the true ISR, and
 * lose what it lacks. {@code log.replication.isr} must catch it.
 */
public final class AddsLaggingFollowersToIsr extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected boolean caughtUpForIsr(long followerEnd, long threshold) {
        return true;
      }
    };
  }
}
