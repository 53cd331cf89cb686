package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Objects;

/**
 * Joins a consumer group, or joins again after a rebalance; sent to the group's coordinator
 * ({@link ClusterMetadata#coordinatorFor}). The coordinator assigns partitions itself (as in
 * KIP-848), so one round trip returns the member's share.
 *
 * @param correlationId matches the response
 * @param groupId the group
 * @param memberId the id the coordinator gave this member, or "" for a new member
 * @param sessionTimeoutMs the member is removed after this long without a heartbeat
 * @param topics the topics the member subscribes to; copied
 */
public record JoinGroupRequest(long correlationId, String groupId, String memberId,
    long sessionTimeoutMs, List<String> topics) implements Message {

  /** Checks the arguments and copies the topics. */
  public JoinGroupRequest {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(memberId, "memberId");
    topics = List.copyOf(topics);
  }
}
