package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * Leaves a group at once, without waiting for the session timeout.
 *
 * @param correlationId matches the response
 * @param groupId the group
 * @param memberId the leaving member
 */
public record LeaveGroupRequest(long correlationId, String groupId, String memberId)
    implements Message {

  /** Checks the arguments. */
  public LeaveGroupRequest {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(memberId, "memberId");
  }
}
