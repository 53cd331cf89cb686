package dev.gauntlet.specs.log;

/**
 * An error that may go away if the request is sent again, perhaps to another broker after
 * reading fresh metadata (as Kafka's {@code RetriableException}). A producer retries these
 * until its delivery timeout.
 */
public class RetriableException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public RetriableException(String message) {
    super(message);
  }
}
