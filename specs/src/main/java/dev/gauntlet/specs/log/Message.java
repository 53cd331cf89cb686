package dev.gauntlet.specs.log;

/**
 * A request or response of the log's protocol, named after Kafka's APIs. Every message is an
 * immutable record; a response carries the {@link #correlationId()} of its request, chosen by
 * the sender of the request (unique among its own requests), so the sender can match them.
 *
 * <p>The protocol is closed: these are the only messages the network carries. Brokers replicate
 * with {@link FetchRequest} (with a replica id) and {@link OffsetsForLeaderEpochRequest}, as
 * Kafka's followers do; everything about leaders and ISRs goes through the {@link Controller}.
 */
public sealed interface Message permits ProduceRequest, ProduceResponse, FetchRequest,
    FetchResponse, OffsetsForLeaderEpochRequest, OffsetsForLeaderEpochResponse, JoinGroupRequest,
    JoinGroupResponse, HeartbeatRequest, HeartbeatResponse, LeaveGroupRequest, LeaveGroupResponse,
    OffsetCommitRequest, OffsetCommitResponse, OffsetFetchRequest, OffsetFetchResponse {

  /**
   * Returns the id that matches a response to its request.
   *
   * @return the correlation id
   */
  long correlationId();
}
