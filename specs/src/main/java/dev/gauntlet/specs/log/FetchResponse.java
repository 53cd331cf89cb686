package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link FetchRequest}.
 *
 * @param correlationId the request's
 * @param partition the request's
 * @param error {@link Errors#NONE}, or why nothing was read
 * @param highWatermark the leader's high watermark; a consumer is never given an entry at or
 *     above it
 * @param entries the entries from the fetch offset on, consecutive, within the request's limits;
 *     copied
 */
public record FetchResponse(long correlationId, TopicPartition partition, Errors error,
    long highWatermark, List<LogEntry> entries) implements Message {

  /** Checks the arguments and copies the entries. */
  public FetchResponse {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(error, "error");
    entries = List.copyOf(entries);
  }
}
