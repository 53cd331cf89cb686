package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Planted bug: the points go to the index before the database transaction, and stay there when
 * the transaction fails: phantom points. Must fail {@code leaderboard.faults.db-failure}.
 */
public final class IndexBeforeCommit extends PlantedLeaderboardFactory {

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new PlainLeaderboardService(environment) {
      @Override
      public synchronized long submit(String submissionId, String player, long points) {
        ensureIndex();
        if (!recorded(submissionId)) {
          store.incrementBy(SCORES, player, points); // first, and never undone
        }
        return record(submissionId, player, points).total();
      }

      private boolean recorded(String id) {
        try (Connection c = db.getConnection();
            PreparedStatement s = c.prepareStatement("SELECT 1 FROM plain_ids WHERE id = ?")) {
          s.setBytes(1, bytes(id));
          try (ResultSet rs = s.executeQuery()) {
            return rs.next();
          }
        } catch (SQLException e) {
          return false;
        }
      }
    };
  }
}
