package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * The coordinator's answer to a {@link HeartbeatRequest}: {@link Errors#NONE};
 * {@link Errors#REBALANCE_IN_PROGRESS} when the group has a newer generation (join again to learn
 * the new assignment); {@link Errors#UNKNOWN_MEMBER_ID} when the member was removed (join again as
 * a new member).
 *
 * @param correlationId the request's
 * @param error the outcome
 */
public record HeartbeatResponse(long correlationId, Errors error) implements Message {

  /** Checks the arguments. */
  public HeartbeatResponse {
    Objects.requireNonNull(error, "error");
  }
}
