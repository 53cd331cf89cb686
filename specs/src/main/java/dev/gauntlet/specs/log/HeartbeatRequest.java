package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * Tells the coordinator the member is alive, and asks whether its generation is still current.
 *
 * @param correlationId matches the response
 * @param groupId the group
 * @param memberId the member
 * @param generationId the generation the member believes current
 */
public record HeartbeatRequest(long correlationId, String groupId, String memberId,
    int generationId) implements Message {

  /** Checks the arguments. */
  public HeartbeatRequest {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(memberId, "memberId");
  }
}
