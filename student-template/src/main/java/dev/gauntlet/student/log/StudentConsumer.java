package dev.gauntlet.student.log;

import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.CommitCallback;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.ConsumerRecord;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The consumer (specs/log.md §3.3 and §6): fetching in the background, groups, commits. */
public final class StudentConsumer implements Consumer {

  private final ClientEnvironment environment;
  private final ConsumerConfig config;

  /**
   * Creates the consumer.
   *
   * @param environment its id, network, clock and metadata
   * @param config its settings
   */
  public StudentConsumer(ClientEnvironment environment, ConsumerConfig config) {
    this.environment = environment;
    this.config = config;
  }

  @Override
  public void assign(Collection<TopicPartition> partitions) {
    throw new UnsupportedOperationException("TODO: read these partitions from offset 0; see"
        + " specs/log.md §3.3 (" + environment.clientId() + ")");
  }

  @Override
  public void seek(TopicPartition partition, long offset) {
    throw new UnsupportedOperationException("TODO: set the next offset to read; see specs/log.md"
        + " §3.3");
  }

  @Override
  public void subscribe(List<String> topics) {
    throw new UnsupportedOperationException("TODO: join group " + config.groupId()
        + " through its coordinator; see specs/log.md §6");
  }

  @Override
  public List<ConsumerRecord> poll() {
    throw new UnsupportedOperationException("TODO: hand over fetched records in offset order;"
        + " see specs/log.md §3.3");
  }

  @Override
  public Set<TopicPartition> assignment() {
    throw new UnsupportedOperationException("TODO: the partitions you read now; see"
        + " specs/log.md §3.3 and §6");
  }

  @Override
  public void commit(CommitCallback callback) {
    throw new UnsupportedOperationException("TODO: commit the next offsets to read with your"
        + " generation; see specs/log.md §6");
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException("TODO: leave the group; see specs/log.md §6");
  }

  @Override
  public void onMessage(String from, Message message) {
    throw new UnsupportedOperationException("TODO: take fetch and group responses; see"
        + " specs/log.md §3.3 and §6");
  }

  @Override
  public void onTick() {
    throw new UnsupportedOperationException("TODO: send fetches and heartbeats; see specs/log.md"
        + " §3.3 and §6");
  }
}
