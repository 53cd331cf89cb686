package dev.gauntlet.specs.log;

import java.util.function.Function;

/**
 * The error codes of responses, with Kafka's names. {@link #NONE} means success. A client turns a
 * code into the exception of the same name with {@link #exception(String)}.
 */
public enum Errors {
  NONE(null),
  UNKNOWN_TOPIC_OR_PARTITION(UnknownTopicOrPartitionException::new),
  NOT_LEADER_OR_FOLLOWER(NotLeaderOrFollowerException::new),
  OFFSET_OUT_OF_RANGE(OffsetOutOfRangeException::new),
  NOT_ENOUGH_REPLICAS(NotEnoughReplicasException::new),
  NOT_ENOUGH_REPLICAS_AFTER_APPEND(NotEnoughReplicasAfterAppendException::new),
  OUT_OF_ORDER_SEQUENCE_NUMBER(OutOfOrderSequenceException::new),
  DUPLICATE_SEQUENCE_NUMBER(DuplicateSequenceException::new),
  INVALID_REQUIRED_ACKS(InvalidRequiredAcksException::new),
  FENCED_LEADER_EPOCH(FencedLeaderEpochException::new),
  UNKNOWN_LEADER_EPOCH(UnknownLeaderEpochException::new),
  REQUEST_TIMED_OUT(TimeoutException::new),
  ILLEGAL_GENERATION(IllegalGenerationException::new),
  UNKNOWN_MEMBER_ID(UnknownMemberIdException::new),
  REBALANCE_IN_PROGRESS(RebalanceInProgressException::new),
  NOT_COORDINATOR(NotCoordinatorException::new);

  private final Function<String, LogException> exception;

  Errors(Function<String, LogException> exception) {
    this.exception = exception;
  }

  /**
   * Returns the exception this code stands for.
   *
   * @param message what happened
   * @return a new exception of the class named after this code
   * @throws IllegalStateException for {@link #NONE}, which is not an error
   */
  public LogException exception(String message) {
    if (exception == null) {
      throw new IllegalStateException("NONE is not an error");
    }
    return exception.apply(message);
  }

  /**
   * Returns whether the request may succeed if sent again (after fresh metadata, to the right
   * broker): the codes whose exception is a {@link RetriableException}.
   *
   * @return true for retriable codes
   */
  public boolean retriable() {
    return this != NONE && exception("") instanceof RetriableException;
  }
}
