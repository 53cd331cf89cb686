package dev.gauntlet.specs.log;

/**
 * The cluster's settings, in milliseconds of the harness's clock. Kafka's defaults are given for
 * comparison; the harness scales them down so that scenarios stay short.
 *
 * @param tickMillis how often the harness calls {@link Node#onTick()} on every live node
 * @param minInsyncReplicas {@code min.insync.replicas}: the smallest ISR that may accept an acks=all
 *     write (Kafka: 1, commonly set to 2)
 * @param replicaLagTimeMaxMs {@code replica.lag.time.max.ms}: a follower that has not caught up to
 *     the leader's log end offset for this long leaves the ISR (Kafka: 30,000)
 * @param brokerHeartbeatIntervalMs how often a broker should call {@link Controller#heartbeat()}
 *     (Kafka: {@code broker.heartbeat.interval.ms} 2,000)
 * @param brokerSessionTimeoutMs a broker without a heartbeat for longer than this is fenced by the
 *     controller, which moves its leaderships to other in-sync replicas (Kafka:
 *     {@code broker.session.timeout.ms} 9,000)
 */
public record LogConfig(long tickMillis, int minInsyncReplicas, long replicaLagTimeMaxMs,
    long brokerHeartbeatIntervalMs, long brokerSessionTimeoutMs) {

  /** The settings the checks use unless they say otherwise. */
  public static LogConfig defaults(int minInsyncReplicas) {
    return new LogConfig(10, minInsyncReplicas, 200, 50, 300);
  }
}
