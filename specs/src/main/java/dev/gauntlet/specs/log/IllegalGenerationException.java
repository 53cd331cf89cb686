package dev.gauntlet.specs.log;

/** A group request carried a generation other than the group's current one (ILLEGAL_GENERATION). */
public class IllegalGenerationException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public IllegalGenerationException(String message) {
    super(message);
  }
}
