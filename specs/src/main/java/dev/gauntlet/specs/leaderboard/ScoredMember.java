package dev.gauntlet.specs.leaderboard;

import java.util.Objects;

/**
 * A member of a sorted set with its score, as {@code ZRANGE ... WITHSCORES} returns it.
 *
 * @param member the member; not null
 * @param score its score, within {@code ±}{@link RankedIndex#MAX_SCORE}
 */
public record ScoredMember(String member, long score) {

  /** Checks the member is not null. */
  public ScoredMember {
    Objects.requireNonNull(member, "member");
  }

  @Override
  public String toString() {
    return "\"" + member + "\"=" + score;
  }
}
