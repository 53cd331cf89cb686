package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * A record as a consumer's poll returns it.
 *
 * @param partition where it was read from
 * @param offset its offset there
 * @param record the record
 */
public record ConsumerRecord(TopicPartition partition, long offset, Record record) {

  /** Checks the arguments. */
  public ConsumerRecord {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(record, "record");
  }
}
