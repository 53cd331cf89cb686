package dev.gauntlet.specs.log;

/** An idempotent producer's batch was appended before, and its offset is no longer known (DUPLICATE_SEQUENCE_NUMBER). */
public class DuplicateSequenceException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public DuplicateSequenceException(String message) {
    super(message);
  }
}
