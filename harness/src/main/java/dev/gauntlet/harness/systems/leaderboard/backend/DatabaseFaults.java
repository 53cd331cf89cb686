package dev.gauntlet.harness.systems.leaderboard.backend;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The database faults of one world: the harness arms one, the {@link FaultyDataSource} fires it
 * when the chosen statement or commit comes, once. The exception is the one a dropped connection
 * gives (SQLState 08S01), so a service cannot tell it from a real failure.
 */
public final class DatabaseFaults {

  /** The SQLState of the injected failure: communication link failure. */
  public static final String SQL_STATE = "08S01";

  private int statementsLeft = -1;
  private boolean commit;
  private String fired;

  /** Makes the {@code n}-th statement executed from now (1 for the next one) fail. */
  public synchronized void failStatement(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    disarm();
    statementsLeft = n;
  }

  /** Makes the next commit fail (and not happen). */
  public synchronized void failCommit() {
    disarm();
    commit = true;
  }

  /** Cancels an armed fault that has not fired, and forgets one that has. */
  public synchronized void disarm() {
    statementsLeft = -1;
    commit = false;
    fired = null;
  }

  /** Returns what failed, if the armed fault fired since it was armed. */
  public synchronized Optional<String> fired() {
    return Optional.ofNullable(fired);
  }

  synchronized void beforeStatement(String sql) throws SQLException {
    if (statementsLeft > 0 && --statementsLeft == 0) {
      statementsLeft = -1;
      fired = "the statement " + sql;
      throw injected(fired);
    }
  }

  synchronized void beforeCommit() throws SQLException {
    if (commit) {
      commit = false;
      fired = "the commit";
      throw injected(fired);
    }
  }

  private static SQLException injected(String what) {
    return new SQLException("connection lost: the harness made " + what + " fail", SQL_STATE);
  }
}
