package dev.gauntlet.harness.systems.leaderboard.bugs;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Planted bug: the rebuild collects the totals in a map keyed by total, so of the players with
 * equal totals only one comes back. Must fail {@code leaderboard.faults.index-loss}.
 */
public final class RebuildDropsTies extends PlantedLeaderboardFactory {

  @Override
  public LeaderboardService newService(LeaderboardEnvironment environment) {
    return new PlainLeaderboardService(environment) {
      @Override
      protected List<ScoredMember> totalsForRebuild(Connection c) throws SQLException {
        Map<Long, String> byTotal = new TreeMap<>();
        super.totalsForRebuild(c).forEach(m -> byTotal.put(m.score(), m.member()));
        List<ScoredMember> kept = new ArrayList<>();
        byTotal.forEach((total, player) -> kept.add(new ScoredMember(player, total)));
        return kept;
      }
    };
  }
}
