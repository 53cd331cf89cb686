package dev.gauntlet.specs.leaderboard;

import java.util.Objects;

/**
 * A player's place on the leaderboard.
 *
 * @param player the player
 * @param score the player's total points
 * @param rank the player's rank in the style asked for, from 1
 */
public record Standing(String player, long score, long rank) {

  /** Checks the player is not null. */
  public Standing {
    Objects.requireNonNull(player, "player");
  }

  @Override
  public String toString() {
    return "#" + rank + " \"" + player + "\"=" + score;
  }
}
