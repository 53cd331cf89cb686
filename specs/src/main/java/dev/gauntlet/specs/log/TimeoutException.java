package dev.gauntlet.specs.log;

/** A request or a delivery did not complete in time (REQUEST_TIMED_OUT, or the producer's delivery timeout). */
public class TimeoutException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public TimeoutException(String message) {
    super(message);
  }
}
