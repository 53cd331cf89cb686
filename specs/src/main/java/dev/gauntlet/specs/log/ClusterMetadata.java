package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The controller's view of the cluster at one moment, as a KRaft metadata image: topics, the
 * state of every partition, and which brokers are fenced. Immutable; a broker gets a fresh one
 * from each {@link Controller#heartbeat()}, a client from {@link ClientEnvironment#metadata()}.
 *
 * @param version raised by one at every change
 * @param topics the number of partitions of each topic
 * @param partitions the state of every partition
 * @param brokers every broker id of the cluster, alive or not, ascending
 * @param fenced the brokers the controller considers dead: no heartbeat within the session timeout
 */
public record ClusterMetadata(long version, Map<String, Integer> topics,
    Map<TopicPartition, PartitionState> partitions, List<Integer> brokers, Set<Integer> fenced) {

  /** Copies the collections into sorted, unmodifiable ones. */
  public ClusterMetadata {
    topics = java.util.Collections.unmodifiableMap(new TreeMap<>(topics));
    partitions = java.util.Collections.unmodifiableMap(new TreeMap<>(partitions));
    brokers = List.copyOf(new TreeSet<>(brokers));
    fenced = java.util.Collections.unmodifiableSet(new TreeSet<>(fenced));
  }

  /**
   * Returns the state of a partition.
   *
   * @param partition the partition
   * @return its state, or empty if the topic or partition does not exist
   */
  public Optional<PartitionState> partition(TopicPartition partition) {
    return Optional.ofNullable(partitions.get(partition));
  }

  /**
   * Returns the number of partitions of a topic.
   *
   * @param topic the topic
   * @return its partition count, or empty if there is no such topic
   */
  public Optional<Integer> partitionCount(String topic) {
    return Optional.ofNullable(topics.get(topic));
  }

  /**
   * Returns the broker that coordinates a consumer group: with the brokers in ascending order,
   * the one at index {@code floorMod(groupId.hashCode(), brokers)} (Kafka picks the leader of
   * partition {@code abs(groupId.hashCode()) % 50} of {@code __consumer_offsets}; here the
   * coordinator is fixed by the broker list, so it never moves while the brokers stay the same).
   *
   * @param groupId the group
   * @return the coordinator's broker id
   */
  public int coordinatorFor(String groupId) {
    return brokers.get(Math.floorMod(groupId.hashCode(), brokers.size()));
  }
}
