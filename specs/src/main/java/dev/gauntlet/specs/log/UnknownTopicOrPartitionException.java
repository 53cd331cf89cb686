package dev.gauntlet.specs.log;

/** The topic or partition is not known to this broker (UNKNOWN_TOPIC_OR_PARTITION). */
public class UnknownTopicOrPartitionException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public UnknownTopicOrPartitionException(String message) {
    super(message);
  }
}
