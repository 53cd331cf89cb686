package dev.gauntlet.specs.log;

/**
 * A producer's settings.
 *
 * @param acks 0 (no answer awaited), 1 (the leader appended it) or {@link #ACKS_ALL} (every
 *     in-sync replica has it, and the ISR had at least {@code min.insync.replicas} members)
 * @param enableIdempotence whether to use a producer id and sequence numbers, so that a retried
 *     batch is appended once
 * @param requestTimeoutMs how long to wait for a response before sending the request again
 * @param deliveryTimeoutMs how long after {@link Producer#send} to keep retrying; then the send
 *     fails with {@link TimeoutException} (or the last non-retriable error)
 */
public record ProducerConfig(int acks, boolean enableIdempotence, long requestTimeoutMs,
    long deliveryTimeoutMs) {

  /** acks=all, written -1 as in Kafka's protocol. */
  public static final int ACKS_ALL = -1;

  /** Checks acks. */
  public ProducerConfig {
    if (acks != 0 && acks != 1 && acks != ACKS_ALL) {
      throw new IllegalArgumentException("acks must be 0, 1 or -1 (all) but was " + acks);
    }
  }

  /** Returns the settings with these acks, no idempotence, and the checks' usual timeouts. */
  public static ProducerConfig acks(int acks) {
    return new ProducerConfig(acks, false, 200, 3_000);
  }

  /** Returns acks=all with idempotence, Kafka's default since 3.0. */
  public static ProducerConfig idempotent() {
    return new ProducerConfig(ACKS_ALL, true, 200, 3_000);
  }
}
