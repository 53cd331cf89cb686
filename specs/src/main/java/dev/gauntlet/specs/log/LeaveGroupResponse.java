package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * The coordinator's answer to a {@link LeaveGroupRequest}.
 *
 * @param correlationId the request's
 * @param error the outcome
 */
public record LeaveGroupResponse(long correlationId, Errors error) implements Message {

  /** Checks the arguments. */
  public LeaveGroupResponse {
    Objects.requireNonNull(error, "error");
  }
}
