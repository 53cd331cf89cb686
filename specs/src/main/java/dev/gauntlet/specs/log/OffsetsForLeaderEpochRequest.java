package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * Asks the leader where an epoch of the log ends (KIP-101), so that a follower can truncate
 * exactly what the leader does not have instead of truncating to its own high watermark.
 *
 * @param correlationId matches the response
 * @param partition the partition
 * @param leaderEpoch the epoch of the last entry in the follower's log
 * @param replicaId the asking follower's broker id
 */
public record OffsetsForLeaderEpochRequest(long correlationId, TopicPartition partition,
    int leaderEpoch, int replicaId) implements Message {

  /** Checks the arguments. */
  public OffsetsForLeaderEpochRequest {
    Objects.requireNonNull(partition, "partition");
  }
}
