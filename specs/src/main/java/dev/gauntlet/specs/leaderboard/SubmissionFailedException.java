package dev.gauntlet.specs.leaderboard;

/**
 * Thrown by {@link LeaderboardService#submit} when the submission could not be recorded because
 * the database failed. The submission counted <em>nothing</em>: neither the database nor the
 * index holds any part of it, and it may be retried with the same submission id.
 */
public class SubmissionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the database's exception
   */
  public SubmissionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
