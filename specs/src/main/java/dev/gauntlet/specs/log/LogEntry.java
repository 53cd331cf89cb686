package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * A record at its place in a partition's log, with what replication and idempotence need:
 * the epoch of the leader that appended it, and the producer and sequence it came with.
 *
 * @param offset its offset, from 0, dense: the entry after offset {@code n} is at {@code n + 1}
 * @param leaderEpoch the leader epoch in which the leader appended it
 * @param producerId the idempotent producer's id, or {@link #NO_PRODUCER_ID}
 * @param sequence its sequence number for that producer and partition, or -1 without a producer
 * @param record the record
 */
public record LogEntry(long offset, int leaderEpoch, long producerId, int sequence, Record record) {

  /** The producer id of records from a producer without idempotence. */
  public static final long NO_PRODUCER_ID = -1;

  /** Checks the arguments. */
  public LogEntry {
    Objects.requireNonNull(record, "record");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0 but was " + offset);
    }
  }
}
