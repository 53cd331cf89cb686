package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * One partition of a topic, as {@code topic-partition} in Kafka's logs.
 *
 * @param topic the topic's name; not null
 * @param partition the partition's index, from 0
 */
public record TopicPartition(String topic, int partition) implements Comparable<TopicPartition> {

  /** Checks the arguments. */
  public TopicPartition {
    Objects.requireNonNull(topic, "topic");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must be >= 0 but was " + partition);
    }
  }

  @Override
  public int compareTo(TopicPartition other) {
    int byTopic = topic.compareTo(other.topic);
    return byTopic != 0 ? byTopic : Integer.compare(partition, other.partition);
  }

  @Override
  public String toString() {
    return topic + "-" + partition;
  }
}
