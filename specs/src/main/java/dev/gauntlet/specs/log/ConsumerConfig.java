package dev.gauntlet.specs.log;

/**
 * A consumer's settings.
 *
 * @param groupId the consumer group, or null for a consumer that only uses
 *     {@link Consumer#assign}
 * @param maxPollRecords the most records one {@link Consumer#poll()} returns
 * @param sessionTimeoutMs sent in JoinGroup: the coordinator removes the member after this long
 *     without a heartbeat (Kafka: 45,000)
 * @param heartbeatIntervalMs how often the member heartbeats (Kafka: 3,000)
 * @param requestTimeoutMs how long to wait for a response before sending the request again
 */
public record ConsumerConfig(String groupId, int maxPollRecords, long sessionTimeoutMs,
    long heartbeatIntervalMs, long requestTimeoutMs) {

  /** Returns the checks' usual settings for a member of {@code groupId} (null for none). */
  public static ConsumerConfig group(String groupId) {
    return new ConsumerConfig(groupId, 500, 300, 30, 200);
  }
}
