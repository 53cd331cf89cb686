package dev.gauntlet.student.log;

import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.Optional;

/**
 * A broker (specs/log.md §3–§6). The constructor runs when the broker starts and after every
 * crash, over the same disk: recover your logs there (or when the metadata first names a
 * partition). Suggested pieces, one class each: a partition log over the disk (stage 1); the
 * leader's follower tracking, ISR and high watermark (stage 2); the follower's
 * OffsetsForLeaderEpoch truncation and fetching, and producer sequence numbers (stage 3); the
 * group coordinator (stage 4).
 */
public final class StudentBroker implements Broker {

  private final BrokerEnvironment environment;

  /**
   * Starts the broker.
   *
   * @param environment its id, network, disk, clock, controller and settings
   */
  public StudentBroker(BrokerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void onMessage(String from, Message message) {
    throw new UnsupportedOperationException("TODO: answer ProduceRequest and FetchRequest as the"
        + " partition's leader (stage 1, specs/log.md §3), then replication (§4), leader epochs"
        + " (§5) and group requests (§6); broker-" + environment.brokerId());
  }

  @Override
  public void onTick() {
    throw new UnsupportedOperationException("TODO: heartbeat the controller and take the roles"
        + " its metadata gives you (specs/log.md §3.1); later, follower fetches and ISR"
        + " shrinking (§4)");
  }

  @Override
  public Optional<ReplicaState> replicaState(TopicPartition partition) {
    throw new UnsupportedOperationException("TODO: return the high watermark and log you hold"
        + " of the partition, or empty (specs/log.md §3.4)");
  }
}
