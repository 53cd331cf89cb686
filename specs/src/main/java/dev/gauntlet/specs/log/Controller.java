package dev.gauntlet.specs.log;

import java.util.List;

/**
 * The cluster's controller, provided by the harness as KRaft's controller quorum is in Kafka:
 * the single source of truth for topics, partition leaders, leader epochs and ISRs. Calls are
 * synchronous. When the harness cuts this broker off from the controller every call throws
 * {@link ControllerUnavailableException} and has no effect.
 *
 * <p>The controller <b>fences</b> a broker that has not called {@link #heartbeat()} for
 * {@link LogConfig#brokerSessionTimeoutMs()}: it removes it from every ISR it is in (unless it is
 * the last member) and, for each partition it led, elects as leader the first replica (in
 * replica order) that is in the ISR and not fenced, raising the leader epoch. If there is none,
 * the partition has {@link PartitionState#NO_LEADER} until an ISR member heartbeats again. It
 * never elects a replica outside the ISR (unclean election is off).
 */
public interface Controller {

  /**
   * Tells the controller this broker is alive (unfencing it if it was fenced) and returns the
   * current metadata. Call it at least every {@link LogConfig#brokerHeartbeatIntervalMs()}; this
   * is also how a broker learns that it leads or follows a partition, and in which epoch.
   *
   * @return the metadata as of now
   * @throws ControllerUnavailableException if this broker is cut off from the controller
   */
  ClusterMetadata heartbeat();

  /**
   * Changes a partition's ISR, as the leader's AlterPartition request does (KIP-497): a
   * compare-and-set on the partition epoch. Only the current leader may call it, with the state
   * it last saw.
   *
   * @param partition the partition
   * @param leaderEpoch the leader epoch the caller leads in
   * @param partitionEpoch the partition epoch of the state the change is based on
   * @param isr the new ISR: replicas of the partition, the leader among them
   * @return the new state, with the partition epoch raised
   * @throws ControllerUnavailableException if this broker is cut off from the controller
   * @throws NotLeaderOrFollowerException if the caller is not the partition's leader
   * @throws FencedLeaderEpochException if {@code leaderEpoch} is not the current one
   * @throws InvalidUpdateVersionException if {@code partitionEpoch} is not the current one
   * @throws IneligibleReplicaException if the new ISR adds a fenced broker
   * @throws IllegalArgumentException if the ISR is empty, lacks the leader or names a broker that
   *     holds no replica
   */
  PartitionState alterPartition(TopicPartition partition, int leaderEpoch, int partitionEpoch,
      List<Integer> isr);
}
