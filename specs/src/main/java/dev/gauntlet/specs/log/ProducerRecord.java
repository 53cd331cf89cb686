package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * What an application hands a {@link Producer}: the topic, optionally the partition, and the
 * record.
 *
 * @param topic the topic; not null
 * @param partition the partition to write to, or null to let the partitioner choose from the key
 * @param record the record
 */
public record ProducerRecord(String topic, Integer partition, Record record) {

  /** Checks the arguments. */
  public ProducerRecord {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(record, "record");
  }
}
