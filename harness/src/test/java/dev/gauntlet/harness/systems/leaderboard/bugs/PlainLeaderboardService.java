package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import dev.gauntlet.specs.leaderboard.SortedSetStore;
import dev.gauntlet.specs.leaderboard.Standing;
import dev.gauntlet.specs.leaderboard.SubmissionFailedException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * A correct, plain leaderboard service that each planted service bug changes in one overridden
 * method: one lock around everything, the database first and then ZINCRBY, dense ranks counted
 * over the whole board, the index rebuilt when its marker is gone.
 */
public class PlainLeaderboardService implements LeaderboardService {

  protected static final String SCORES = "plain:scores";
  private static final String MARKER = "plain:complete";

  protected final DataSource db;
  protected final SortedSetStore store;

  public PlainLeaderboardService(LeaderboardEnvironment environment) {
    this.db = environment.dataSource();
    this.store = environment.store();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS plain_ids (id VARBINARY(256) PRIMARY KEY,"
          + " player VARBINARY(256) NOT NULL, points BIGINT NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS plain_totals (player VARBINARY(256) PRIMARY KEY,"
          + " total BIGINT NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the database did with a submission. */
  protected record Recorded(boolean counted, long total) {}

  @Override
  public synchronized long submit(String submissionId, String player, long points) {
    ensureIndex();
    Recorded r = record(submissionId, player, points);
    if (r.counted()) {
      store.incrementBy(SCORES, player, points);
    }
    return r.total();
  }

  /** The transaction: record the id (a duplicate counts nothing), then add to the total. */
  protected Recorded record(String id, String player, long points) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!insertId(c, id, player, points)) {
          c.rollback();
          return new Recorded(false, total(c, player).orElse(0));
        }
        addToTotal(c, player, points);
        long total = total(c, player).orElseThrow();
        c.commit();
        return new Recorded(true, total);
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new SubmissionFailedException("the database failed: " + e.getMessage(), e);
    }
  }

  /** Inserts the id; false if it was recorded before. */
  protected boolean insertId(Connection c, String id, String player, long points)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO plain_ids (id, player, points) VALUES (?, ?, ?)")) {
      s.setBytes(1, bytes(id));
      s.setBytes(2, bytes(player));
      s.setLong(3, points);
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw e;
    }
  }

  /** Adds to the player's total in one statement (or creates it). */
  protected void addToTotal(Connection c, String player, long points) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE plain_totals SET total = total + ? WHERE player = ?")) {
      s.setLong(1, points);
      s.setBytes(2, bytes(player));
      if (s.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO plain_totals (player, total) VALUES (?, ?)")) {
      s.setBytes(1, bytes(player));
      s.setLong(2, points);
      s.executeUpdate();
    }
  }

  protected static OptionalLong total(Connection c, String player) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT total FROM plain_totals WHERE player = ?")) {
      s.setBytes(1, bytes(player));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  @Override
  public synchronized List<Standing> top(int n, RankingStyle style) {
    ensureIndex();
    return n == 0 ? List.of() : ranked(store.reverseRange(SCORES, 0, n - 1L), style);
  }

  @Override
  public synchronized Optional<Standing> standing(String player, RankingStyle style) {
    ensureIndex();
    OptionalLong score = store.score(SCORES, player);
    return score.isEmpty() ? Optional.empty()
        : Optional.of(new Standing(player, score.getAsLong(), rankOf(score.getAsLong(), style)));
  }

  @Override
  public synchronized List<Standing> around(String player, int k, RankingStyle style) {
    ensureIndex();
    OptionalLong p = store.reverseRank(SCORES, player);
    if (p.isEmpty()) {
      return List.of();
    }
    return ranked(store.reverseRange(SCORES, Math.max(0, p.getAsLong() - k),
        p.getAsLong() + k), style);
  }

  private List<Standing> ranked(List<ScoredMember> slice, RankingStyle style) {
    List<Standing> out = new ArrayList<>();
    for (ScoredMember m : slice) {
      out.add(new Standing(m.member(), m.score(), rankOf(m.score(), style)));
    }
    return out;
  }

  /** 1 + the players, or the distinct totals, above {@code score}. */
  protected long rankOf(long score, RankingStyle style) {
    if (style == RankingStyle.COMPETITION) {
      return 1 + store.count(SCORES, score + 1, Long.MAX_VALUE);
    }
    return 1 + store.reverseRange(SCORES, 0, -1).stream().filter(m -> m.score() > score)
        .map(ScoredMember::score).distinct().count();
  }

  @Override
  public synchronized void rebuildIndex() {
    List<ScoredMember> totals;
    try (Connection c = db.getConnection()) {
      totals = totalsForRebuild(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    store.delete(SCORES + ":new");
    store.addAll(SCORES + ":new", totals);
    if (totals.isEmpty()) {
      store.delete(SCORES);
    } else {
      store.rename(SCORES + ":new", SCORES);
    }
    store.add(MARKER, "complete", 1);
  }

  /** Every player's total, as the database holds them. */
  protected List<ScoredMember> totalsForRebuild(Connection c) throws SQLException {
    List<ScoredMember> all = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT player, total FROM plain_totals")) {
      while (rs.next()) {
        all.add(new ScoredMember(new String(rs.getBytes(1), StandardCharsets.UTF_8),
            rs.getLong(2)));
      }
    }
    return all;
  }

  protected synchronized void ensureIndex() {
    if (!store.exists(MARKER)) {
      rebuildIndex();
    }
  }

  protected static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
