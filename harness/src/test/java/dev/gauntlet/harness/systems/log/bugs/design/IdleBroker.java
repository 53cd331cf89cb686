package dev.gauntlet.harness.systems.log.bugs.design;

import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.Optional;

/** A broker that ignores every message and holds no partition: a design fixture. */
public class IdleBroker implements Broker {

  protected final BrokerEnvironment environment;

  public IdleBroker(BrokerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void onMessage(String from, Message message) {}

  @Override
  public void onTick() {}

  @Override
  public Optional<ReplicaState> replicaState(TopicPartition partition) {
    return Optional.empty();
  }
}
