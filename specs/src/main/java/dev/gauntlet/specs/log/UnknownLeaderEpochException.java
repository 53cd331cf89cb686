package dev.gauntlet.specs.log;

/** The leader epoch in a request is newer than the one the receiver knows (UNKNOWN_LEADER_EPOCH). */
public class UnknownLeaderEpochException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public UnknownLeaderEpochException(String message) {
    super(message);
  }
}
