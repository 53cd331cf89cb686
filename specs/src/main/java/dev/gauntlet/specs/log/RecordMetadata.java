package dev.gauntlet.specs.log;

/**
 * Where an acknowledged record was written.
 *
 * @param partition its topic and partition
 * @param offset its offset, or -1 with acks=0 (nothing is answered, so nothing is known)
 */
public record RecordMetadata(TopicPartition partition, long offset) {}
