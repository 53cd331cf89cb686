package dev.gauntlet.specs.log;

/** An offset commit was refused because the member is no longer part of the group's current generation (from ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID or REBALANCE_IN_PROGRESS). */
public class CommitFailedException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public CommitFailedException(String message) {
    super(message);
  }
}
