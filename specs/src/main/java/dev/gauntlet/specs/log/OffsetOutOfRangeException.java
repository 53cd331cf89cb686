package dev.gauntlet.specs.log;

/** The fetch offset is beyond the log end offset (OFFSET_OUT_OF_RANGE). */
public class OffsetOutOfRangeException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public OffsetOutOfRangeException(String message) {
    super(message);
  }
}
