package dev.gauntlet.specs.log;

/** This broker is not the leader of the partition, or not a replica of it (NOT_LEADER_OR_FOLLOWER). */
public class NotLeaderOrFollowerException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public NotLeaderOrFollowerException(String message) {
    super(message);
  }
}
