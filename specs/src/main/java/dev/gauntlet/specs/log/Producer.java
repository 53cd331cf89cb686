package dev.gauntlet.specs.log;

/**
 * Writes records to the leaders of their partitions (Kafka's {@code KafkaProducer}).
 *
 * <ul>
 *   <li><b>Partitioner.</b> A record with an explicit partition goes there. Otherwise a record
 *       with a key goes to {@code hash(key) % partitions}, where {@code hash} is a fixed function
 *       of the key's UTF-8 bytes (Kafka: murmur2), so the same key lands on the same partition
 *       from every producer, before and after restarts. A record without a key may go anywhere.
 *   <li><b>Routing and retries.</b> Send each batch to the partition's leader, from
 *       {@link ClientEnvironment#metadata()}; on a retriable error or no answer within
 *       {@link ProducerConfig#requestTimeoutMs()}, send it again, until
 *       {@link ProducerConfig#deliveryTimeoutMs()} after the send.
 *   <li><b>Order.</b> Records of one partition are appended in the order they were sent.
 *   <li><b>Idempotence</b> ({@link ProducerConfig#enableIdempotence()}): take a producer id from
 *       {@link ClientEnvironment#newProducerId()}, number each partition's records from 0, and
 *       resend a batch with the same sequence numbers, so that the broker appends it once.
 * </ul>
 */
public interface Producer extends Node {

  /**
   * Starts sending a record and returns at once; {@code callback} is called later (or at once
   * with acks=0 or an immediate error), exactly once.
   *
   * @param record what to send
   * @param callback told where it was written, or why it was not acknowledged
   */
  void send(ProducerRecord record, SendCallback callback);
}
