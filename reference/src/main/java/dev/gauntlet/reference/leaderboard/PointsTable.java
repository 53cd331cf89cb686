package dev.gauntlet.reference.leaderboard;

import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The source of record: one row per recorded submission (its id the primary key, which is what
 * makes a retry count once) and one row per player with the total. Names are stored as their
 * UTF-8 bytes in VARBINARY columns, so MySQL's default collation (case-insensitive, trailing
 * spaces ignored) and 3-byte {@code utf8} cannot merge two players or refuse an emoji.
 */
final class PointsTable {

  /** What a submission did in the database. */
  record Outcome(boolean recorded, boolean playerExisted, long total) {}

  /** A transient conflict (deadlock, lock timeout): the transaction may simply run again. */
  static final class Conflict extends Exception {
    private static final long serialVersionUID = 1L;

    Conflict(SQLException cause) {
      super(cause);
    }
  }

  private final DataSource dataSource;

  PointsTable(DataSource dataSource) throws SQLException {
    this.dataSource = dataSource;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS lb_submissions (submission_id VARBINARY(256) NOT NULL"
          + " PRIMARY KEY, player VARBINARY(256) NOT NULL, points BIGINT NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS lb_players (player VARBINARY(256) NOT NULL PRIMARY"
          + " KEY, total BIGINT NOT NULL)");
    }
  }

  /**
   * Records a submission in one transaction: its id first (a duplicate means it was recorded
   * before: nothing else happens), then the player's total, read with a lock so that concurrent
   * submissions for one player add up.
   *
   * @throws Conflict if the database chose this transaction as a deadlock victim or timed out
   * @throws SQLException if the database failed; the transaction was rolled back
   */
  Outcome submit(String submissionId, String player, long points)
      throws SQLException, Conflict {
    byte[] who = bytes(player);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO lb_submissions (submission_id, player, points) VALUES (?, ?, ?)")) {
          insert.setBytes(1, bytes(submissionId));
          insert.setBytes(2, who);
          insert.setLong(3, points);
          insert.executeUpdate();
        } catch (SQLException e) {
          if (!isDuplicate(e)) {
            throw e;
          }
          c.rollback();
          return new Outcome(false, true, total(c, who).orElse(0));
        }
        OptionalLong old;
        try (PreparedStatement select = c.prepareStatement(
            "SELECT total FROM lb_players WHERE player = ? FOR UPDATE")) {
          select.setBytes(1, who);
          old = single(select);
        }
        long total = old.orElse(0) + points;
        try (PreparedStatement write = c.prepareStatement(old.isPresent()
            ? "UPDATE lb_players SET total = ? WHERE player = ?"
            : "INSERT INTO lb_players (total, player) VALUES (?, ?)")) {
          write.setLong(1, total);
          write.setBytes(2, who);
          write.executeUpdate();
        }
        c.commit();
        return new Outcome(true, old.isPresent(), total);
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        if (isConflict(e)) {
          throw new Conflict(e);
        }
        throw e;
      }
    }
  }

  /** Returns every player's total, for a rebuild of the index. */
  List<ScoredMember> totals() throws SQLException {
    List<ScoredMember> all = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT player, total FROM lb_players");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        all.add(new ScoredMember(new String(rs.getBytes(1), StandardCharsets.UTF_8),
            rs.getLong(2)));
      }
    }
    return all;
  }

  private static OptionalLong total(Connection c, byte[] player) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT total FROM lb_players WHERE player = ?")) {
      s.setBytes(1, player);
      return single(s);
    }
  }

  private static OptionalLong single(PreparedStatement s) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
    }
  }

  /** A duplicate primary key: SQLState class 23, which both MariaDB and H2 report. */
  private static boolean isDuplicate(SQLException e) {
    return e instanceof SQLIntegrityConstraintViolationException
        || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
  }

  /** A deadlock or a lock wait timeout: class 40, MySQL's 1205, or H2's lock timeout. */
  private static boolean isConflict(SQLException e) {
    String state = e.getSQLState();
    return (state != null && state.startsWith("40")) || e.getErrorCode() == 1205
        || e.getErrorCode() == 1213 || "HYT00".equals(state) || isDuplicate(e);
  }

  private static void rollbackQuietly(Connection c, SQLException cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
