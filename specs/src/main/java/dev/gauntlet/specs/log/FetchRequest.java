package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * Reads a partition's log from an offset; sent to its leader, by consumers and by followers
 * (Kafka's Fetch API).
 *
 * @param correlationId matches the response
 * @param partition what to read
 * @param fetchOffset the first offset wanted; for a follower, also its log end offset, which is
 *     how the leader learns how far it has replicated
 * @param maxRecords the most entries to return; at least 1
 * @param maxBytes the most bytes ({@link Record#sizeInBytes()}) to return; the first entry is
 *     returned even if it alone is larger, so that a consumer always makes progress (KIP-74)
 * @param replicaId the fetching follower's broker id, or {@link #CONSUMER} for a consumer
 * @param currentLeaderEpoch the leader epoch the sender believes current, or -1 if it does not
 *     say; a leader answers {@link Errors#FENCED_LEADER_EPOCH} if it is older than its own and
 *     {@link Errors#UNKNOWN_LEADER_EPOCH} if newer
 */
public record FetchRequest(long correlationId, TopicPartition partition, long fetchOffset,
    int maxRecords, int maxBytes, int replicaId, int currentLeaderEpoch) implements Message {

  /** The replica id of a consumer's fetch. */
  public static final int CONSUMER = -1;

  /** Checks the arguments. */
  public FetchRequest {
    Objects.requireNonNull(partition, "partition");
    if (maxRecords < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("maxRecords and maxBytes must be >= 1 but were "
          + maxRecords + " and " + maxBytes);
    }
  }
}
