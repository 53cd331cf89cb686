package dev.gauntlet.harness.systems.log.bugs.design.borrowedlog;

import dev.gauntlet.harness.systems.log.bugs.design.IdleBroker;
import dev.gauntlet.harness.systems.log.bugs.design.StandAloneLogFactory;
import dev.gauntlet.reference.log.PartitionLog;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.Optional;

/**
 * Planted bug: the broker keeps its records in the reference's {@link PartitionLog} rather than
 * a log of its own. Must fail {@code log.design.specs-only}.
 */
public final class BorrowedPartitionLog extends StandAloneLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return new IdleBroker(environment) {
      @Override
      public Optional<ReplicaState> replicaState(TopicPartition partition) {
        PartitionLog log = new PartitionLog(partition, environment.disk());
        return Optional.of(new ReplicaState(log.highWatermark(), log.entries()));
      }
    };
  }
}
