package dev.gauntlet.specs.leaderboard;

/**
 * How players with equal scores share a rank. Both count from 1 for the highest score.
 * {@link #COMPETITION} is the default.
 */
public enum RankingStyle {

  /**
   * Standard competition ranking, "1224": a player's rank is 1 + the number of players with a
   * strictly higher score. Two players tied for second are both 2nd, and the next is 4th.
   */
  COMPETITION,

  /**
   * Dense ranking, "1223": a player's rank is 1 + the number of distinct scores strictly higher
   * than theirs. Two players tied for second are both 2nd, and the next is 3rd.
   */
  DENSE
}
