package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * The leader's answer to an {@link OffsetsForLeaderEpochRequest}: the largest epoch of its log
 * at or below the one asked, and that epoch's end offset: the start offset of the next epoch in
 * its log, or its log end offset if there is none. The follower truncates to
 * {@code min(endOffset, its own end offset of leaderEpoch)}; if the epoch answered is lower than
 * the one asked, it asks again with its own next lower epoch, until they agree.
 *
 * @param correlationId the request's
 * @param partition the request's
 * @param error {@link Errors#NONE}, or e.g. {@link Errors#NOT_LEADER_OR_FOLLOWER}
 * @param leaderEpoch the largest epoch in the leader's log at or below the one asked; -1 if none
 * @param endOffset that epoch's end offset; -1 if none
 */
public record OffsetsForLeaderEpochResponse(long correlationId, TopicPartition partition,
    Errors error, int leaderEpoch, long endOffset) implements Message {

  /** Checks the arguments. */
  public OffsetsForLeaderEpochResponse {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(error, "error");
  }
}
