package dev.gauntlet.specs.log;

import java.util.Map;
import java.util.Objects;

/**
 * The coordinator's answer to an {@link OffsetFetchRequest}.
 *
 * @param correlationId the request's
 * @param error the outcome
 * @param offsets the committed offset (the next to read) of each partition asked about that has
 *     one; partitions without a commit are absent; copied
 */
public record OffsetFetchResponse(long correlationId, Errors error,
    Map<TopicPartition, Long> offsets) implements Message {

  /** Checks the arguments and copies the offsets. */
  public OffsetFetchResponse {
    Objects.requireNonNull(error, "error");
    offsets = Map.copyOf(offsets);
  }
}
