package dev.gauntlet.specs.log;

/** The group has a new generation; the member must join again to learn its assignment (REBALANCE_IN_PROGRESS). */
public class RebalanceInProgressException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public RebalanceInProgressException(String message) {
    super(message);
  }
}
