package dev.gauntlet.specs.log;

/** The leader epoch in a request is older than the one the receiver knows (FENCED_LEADER_EPOCH). */
public class FencedLeaderEpochException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public FencedLeaderEpochException(String message) {
    super(message);
  }
}
