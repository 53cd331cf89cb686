package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * The answer to a {@link ProduceRequest} (never sent for acks=0).
 *
 * @param correlationId the request's
 * @param partition the request's
 * @param error {@link Errors#NONE} when the batch is appended (and, for acks=all, committed)
 * @param baseOffset the offset of the batch's first record; for a retried batch the idempotent
 *     broker recognised, the offset it was first appended at; -1 on error
 */
public record ProduceResponse(long correlationId, TopicPartition partition, Errors error,
    long baseOffset) implements Message {

  /** Checks the arguments. */
  public ProduceResponse {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(error, "error");
  }
}
