package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Objects;

/**
 * Appends a batch of records to one partition; sent to its leader (Kafka's Produce API).
 *
 * @param correlationId matches the response
 * @param partition where to append
 * @param acks 0, 1 or -1 (all): see {@link ProducerConfig#acks()}; with 0 the broker sends no
 *     response at all
 * @param timeoutMs how long the leader may wait for the in-sync replicas (acks=all) before it
 *     answers {@link Errors#REQUEST_TIMED_OUT}
 * @param producerId the idempotent producer's id, or {@link LogEntry#NO_PRODUCER_ID}
 * @param baseSequence the sequence of the first record (the others follow, one each), or -1
 * @param records the batch, at least one record; copied
 */
public record ProduceRequest(long correlationId, TopicPartition partition, int acks,
    long timeoutMs, long producerId, int baseSequence, List<Record> records) implements Message {

  /** Checks the arguments and copies the records. */
  public ProduceRequest {
    Objects.requireNonNull(partition, "partition");
    records = List.copyOf(records);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("a produce request needs at least one record");
    }
  }
}
