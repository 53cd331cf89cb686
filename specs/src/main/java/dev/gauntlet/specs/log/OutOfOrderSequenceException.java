package dev.gauntlet.specs.log;

/** An idempotent producer's batch does not follow the last sequence the broker holds for it: a gap (OUT_OF_ORDER_SEQUENCE_NUMBER). */
public class OutOfOrderSequenceException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public OutOfOrderSequenceException(String message) {
    super(message);
  }
}
