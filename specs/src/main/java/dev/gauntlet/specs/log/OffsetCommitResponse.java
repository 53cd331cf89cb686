package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * The coordinator's answer to an {@link OffsetCommitRequest}: {@link Errors#NONE} once the offsets
 * are on its disk; {@link Errors#ILLEGAL_GENERATION} or {@link Errors#UNKNOWN_MEMBER_ID} when the
 * commit is refused and nothing is stored.
 *
 * @param correlationId the request's
 * @param error the outcome
 */
public record OffsetCommitResponse(long correlationId, Errors error) implements Message {

  /** Checks the arguments. */
  public OffsetCommitResponse {
    Objects.requireNonNull(error, "error");
  }
}
