package dev.gauntlet.specs.log;

/** An AlterPartition carried a stale partition epoch: someone else changed the partition first (INVALID_UPDATE_VERSION). */
public class InvalidUpdateVersionException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public InvalidUpdateVersionException(String message) {
    super(message);
  }
}
