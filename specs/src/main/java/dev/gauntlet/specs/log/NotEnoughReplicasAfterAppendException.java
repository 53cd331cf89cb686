package dev.gauntlet.specs.log;

/** The records were appended, but the ISR shrank below min.insync.replicas before they were committed (NOT_ENOUGH_REPLICAS_AFTER_APPEND). */
public class NotEnoughReplicasAfterAppendException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public NotEnoughReplicasAfterAppendException(String message) {
    super(message);
  }
}
