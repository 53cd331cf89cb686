package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Objects;

/**
 * The coordinator's answer to a {@link JoinGroupRequest}.
 *
 * @param correlationId the request's
 * @param error {@link Errors#NONE}, or e.g. {@link Errors#NOT_COORDINATOR},
 *     {@link Errors#UNKNOWN_MEMBER_ID}
 * @param memberId the member's id (new for a new member)
 * @param generationId the group's current generation
 * @param assignment the partitions this member owns in that generation; copied
 */
public record JoinGroupResponse(long correlationId, Errors error, String memberId,
    int generationId, List<TopicPartition> assignment) implements Message {

  /** Checks the arguments and copies the assignment. */
  public JoinGroupResponse {
    Objects.requireNonNull(error, "error");
    assignment = List.copyOf(assignment);
  }
}
