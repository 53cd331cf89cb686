package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Planted bug: submissions run concurrently (no lock), and the total is read, then written back
 * as read + points, without {@code FOR UPDATE}: two submissions that read the same total lose one
 * of their points in the database (the index, fed by ZINCRBY, stays right until it is rebuilt).
 * Right one thread at a time. Must fail {@code leaderboard.faults.concurrency}.
 */
public final class LostUpdates extends PlantedLeaderboardFactory {

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new PlainLeaderboardService(environment) {
      @Override
      public long submit(String submissionId, String player, long points) {
        ensureIndex();
        Recorded r = record(submissionId, player, points);
        if (r.counted()) {
          store.incrementBy(SCORES, player, points);
        }
        return r.total();
      }

      @Override
      protected void addToTotal(Connection c, String player, long points) throws SQLException {
        long read = total(c, player).orElse(-1);
        if (read == -1) {
          super.addToTotal(c, player, points);
          return;
        }
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE plain_totals SET total = ? WHERE player = ?")) {
          s.setLong(1, read + points);
          s.setBytes(2, bytes(player));
          s.executeUpdate();
        }
      }
    };
  }
}
