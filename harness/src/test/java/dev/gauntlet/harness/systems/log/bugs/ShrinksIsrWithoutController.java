package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ControllerUnavailableException;
import dev.gauntlet.specs.log.PartitionState;
import java.util.List;

/**
 * Planted bug: a leader that cannot reach the controller shrinks its ISR on its
 * own and goes on acknowledging acks=all alone, while the controller has elected another leader:
 * split brain. {@code log.failover.controller-partition} must catch it.
 */
public final class ShrinksIsrWithoutController extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected PartitionState changeIsr(PartitionState current, int leaderEpoch,
          List<Integer> isr) {
        try {
          return super.changeIsr(current, leaderEpoch, isr);
        } catch (ControllerUnavailableException e) {
          return new PartitionState(current.partition(), current.replicas(), current.leader(),
              current.leaderEpoch(), isr, current.partitionEpoch());
        }
      }
    };
  }
}
