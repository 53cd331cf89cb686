package dev.gauntlet.specs.log;

import java.util.Map;
import java.util.Objects;

/**
 * Commits a member's positions. An offset committed for a partition is, as in Kafka, <b>the next
 * offset to read</b> (the offset of the last processed record + 1), not the last one processed.
 *
 * @param correlationId matches the response
 * @param groupId the group
 * @param memberId the committing member
 * @param generationId the member's generation; any other than the group's current one is
 *     refused with {@link Errors#ILLEGAL_GENERATION}, so a zombie cannot overwrite a new owner's
 *     progress
 * @param offsets the next offset to read, per partition; copied
 */
public record OffsetCommitRequest(long correlationId, String groupId, String memberId,
    int generationId, Map<TopicPartition, Long> offsets) implements Message {

  /** Checks the arguments and copies the offsets. */
  public OffsetCommitRequest {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(memberId, "memberId");
    offsets = Map.copyOf(offsets);
  }
}
