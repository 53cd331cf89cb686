package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Planted bug: submission ids are logged but not unique (an audit table without a key), so a
 * retry counts again. Must fail {@code leaderboard.service.idempotency}.
 */
public final class NonIdempotentRetries extends PlantedLeaderboardFactory {

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new PlainLeaderboardService(environment) {
      private long attempt;

      @Override
      protected boolean insertId(Connection c, String id, String player, long points)
          throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO plain_ids (id, player, points) VALUES (?, ?, ?)")) {
          s.setBytes(1, bytes(id + "#" + ++attempt));
          s.setBytes(2, bytes(player));
          s.setLong(3, points);
          s.executeUpdate();
          return true;
        }
      }
    };
  }
}
