package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Objects;

/**
 * Reads a group's committed offsets.
 *
 * @param correlationId matches the response
 * @param groupId the group
 * @param partitions the partitions asked about; copied
 */
public record OffsetFetchRequest(long correlationId, String groupId,
    List<TopicPartition> partitions) implements Message {

  /** Checks the arguments and copies the partitions. */
  public OffsetFetchRequest {
    Objects.requireNonNull(groupId, "groupId");
    partitions = List.copyOf(partitions);
  }
}
