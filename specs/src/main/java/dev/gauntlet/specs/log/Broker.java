package dev.gauntlet.specs.log;

import java.util.Optional;

/**
 * One broker of the cluster: it holds replicas of partitions, leads some of them, replicates the
 * others from their leaders, and may coordinate consumer groups. Created by
 * {@link LogFactory#newBroker} when the broker starts, and again, as a new object over the same
 * disk, each time it restarts after a crash. See {@code specs/log.md}.
 *
 * <p>What it must do with each message:
 *
 * <ul>
 *   <li>{@link ProduceRequest}: as leader, append (acks 0, 1 or all; idempotence) and answer with
 *       a {@link ProduceResponse}.
 *   <li>{@link FetchRequest}: as leader, answer with entries from the offset; a consumer never
 *       gets entries at or above the high watermark; a follower's fetch offset tells how far it
 *       has replicated.
 *   <li>{@link OffsetsForLeaderEpochRequest}: as leader, say where an epoch ends (KIP-101).
 *   <li>Responses to its own requests (as a follower).
 *   <li>Group requests ({@link JoinGroupRequest}, {@link HeartbeatRequest},
 *       {@link LeaveGroupRequest}, {@link OffsetCommitRequest}, {@link OffsetFetchRequest}): as the
 *       group's coordinator.
 * </ul>
 */
public interface Broker extends Node {

  /**
   * Returns what this broker holds of a partition, for the harness to compare replicas. Called
   * between events only. Must not change anything.
   *
   * @param partition the partition
   * @return its high watermark and log, or empty if this broker holds no replica of it (yet)
   */
  Optional<ReplicaState> replicaState(TopicPartition partition);
}
