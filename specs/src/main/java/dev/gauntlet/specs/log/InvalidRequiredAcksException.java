package dev.gauntlet.specs.log;

/** acks was not 0, 1 or -1 (INVALID_REQUIRED_ACKS). */
public class InvalidRequiredAcksException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public InvalidRequiredAcksException(String message) {
    super(message);
  }
}
