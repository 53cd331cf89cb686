package dev.gauntlet.harness.systems.log.bugs.design;

import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.CommitCallback;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerRecord;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** A consumer that is assigned nothing and reads nothing: a design fixture. */
public class IdleConsumer implements Consumer {

  protected final ClientEnvironment environment;

  public IdleConsumer(ClientEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void assign(Collection<TopicPartition> partitions) {}

  @Override
  public void seek(TopicPartition partition, long offset) {}

  @Override
  public void subscribe(List<String> topics) {}

  @Override
  public List<ConsumerRecord> poll() {
    return List.of();
  }

  @Override
  public Set<TopicPartition> assignment() {
    return Set.of();
  }

  @Override
  public void commit(CommitCallback callback) {}

  @Override
  public void close() {}

  @Override
  public void onMessage(String from, Message message) {}

  @Override
  public void onTick() {}
}
