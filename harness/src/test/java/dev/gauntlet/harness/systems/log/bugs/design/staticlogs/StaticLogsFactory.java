package dev.gauntlet.harness.systems.log.bugs.design.staticlogs;

import dev.gauntlet.harness.systems.log.bugs.design.IdleBroker;
import dev.gauntlet.harness.systems.log.bugs.design.StandAloneLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Planted bug: the brokers keep their partitions' states in a static map, which survives a crash
 * that real memory does not (and which separate machines could not share). Must fail
 * {@code log.design.no-static-state}.
 */
public final class StaticLogsFactory extends StandAloneLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return new SharedLogs(environment);
  }

  /** A broker whose partitions' states live in a static map shared by every broker. */
  static final class SharedLogs extends IdleBroker {

    private static final Map<TopicPartition, ReplicaState> LOGS = new TreeMap<>();

    SharedLogs(BrokerEnvironment environment) {
      super(environment);
    }

    @Override
    public Optional<ReplicaState> replicaState(TopicPartition partition) {
      return Optional.of(LOGS.computeIfAbsent(partition, p -> new ReplicaState(0, List.of())));
    }
  }
}
