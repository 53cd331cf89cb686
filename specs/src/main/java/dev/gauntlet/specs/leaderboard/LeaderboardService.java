package dev.gauntlet.specs.leaderboard;

import java.util.List;
import java.util.Optional;

/**
 * A game's leaderboard: players submit points, and anyone asks for the top N, a player's rank and
 * score, or the players around a player. Safe for use by many threads at once.
 *
 * <p><b>Durability.</b> The database ({@link LeaderboardEnvironment#dataSource()}) is the source
 * of record. A {@link #submit} that returns has been committed there; one that throws
 * {@link SubmissionFailedException} left nothing behind, in the database or in the index. The
 * ranks live in the sorted-set store ({@link LeaderboardEnvironment#store()}), which may lose
 * everything between two calls: every later answer must still be exact, so the service notices
 * the loss and rebuilds its index from the database by itself. The harness may also drop the
 * service and create a new one over the same environment, as a restarted application: what the
 * service knows must come from the database and the store, not from its own fields alone.
 *
 * <p><b>Idempotency.</b> Every submission carries an id chosen by the caller. A submission whose
 * id was already recorded (a client retrying after a timeout, possibly at the same moment as the
 * first attempt) counts nothing. The harness never reuses an id for a different submission.
 *
 * <p><b>Order and ranks.</b> Players are listed as {@link RankedIndex#range} lists members:
 * highest total first, equal totals in descending UTF-8 byte order of the player. A player's
 * <em>rank</em> depends on the {@link RankingStyle}: by default {@link RankingStyle#COMPETITION}
 * ("1224"), or {@link RankingStyle#DENSE} ("1223"). Players are told apart by their exact
 * characters: {@code "ann"}, {@code "Ann"} and {@code "ann "} are three players (mind the
 * database's default collation, which is case-insensitive and ignores trailing spaces in
 * MySQL and MariaDB, and its character set, which must hold 4-byte UTF-8).
 *
 * <p><b>Arguments.</b> Players and submission ids are 1 to 64 characters of valid Unicode (no
 * lone surrogates); points are within {@code ±}{@link RankedIndex#MAX_SCORE}, and the harness
 * keeps every total within that range too. Anything else throws
 * {@link IllegalArgumentException} and counts nothing.
 */
public interface LeaderboardService {

  /**
   * Adds {@code points} to {@code player}'s total, once per submission id: a player's total is
   * the sum of the points of the distinct submission ids recorded for them (0 before any).
   *
   * @param submissionId the caller's id for this submission (an idempotency key)
   * @param player the player
   * @param points the points, possibly zero or negative
   * @return the player's total after the submission; for an id already recorded, the player's
   *     current total, nothing added
   * @throws SubmissionFailedException if the database failed; nothing was recorded
   * @throws IllegalArgumentException if an argument is invalid; nothing was recorded
   */
  long submit(String submissionId, String player, long points);

  /**
   * Returns the first {@code n} players in order with their ranks in {@code style}.
   *
   * @param n how many players; at least 0
   * @param style how ties share a rank
   * @return at most {@code n} standings, highest first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  List<Standing> top(int n, RankingStyle style);

  /** Returns {@link #top(int, RankingStyle)} in {@link RankingStyle#COMPETITION} style. */
  default List<Standing> top(int n) {
    return top(n, RankingStyle.COMPETITION);
  }

  /**
   * Returns {@code player}'s total and rank in {@code style}.
   *
   * @param player the player
   * @param style how ties share a rank
   * @return the standing, or empty if the player never had a submission recorded
   */
  Optional<Standing> standing(String player, RankingStyle style);

  /** Returns {@link #standing(String, RankingStyle)} in {@link RankingStyle#COMPETITION} style. */
  default Optional<Standing> standing(String player) {
    return standing(player, RankingStyle.COMPETITION);
  }

  /**
   * Returns the players around {@code player}: if the player is at 0-based position {@code p}
   * of the order, the positions from {@code max(0, p - k)} to {@code min(players - 1, p + k)},
   * clipped at both ends, the player included, with their ranks in {@code style}.
   *
   * @param player the player
   * @param k how many players to show on each side; at least 0
   * @param style how ties share a rank
   * @return the standings in order, or an empty list if the player is unknown
   * @throws IllegalArgumentException if {@code k} is negative
   */
  List<Standing> around(String player, int k, RankingStyle style);

  /** Returns {@link #around(String, int, RankingStyle)} in competition style. */
  default List<Standing> around(String player, int k) {
    return around(player, k, RankingStyle.COMPETITION);
  }

  /**
   * Rebuilds the index from the database now, as the service must do by itself when it finds the
   * index lost. Queries running meanwhile see the old index or the new one, never a half-built
   * one, and no submission is lost or counted twice.
   */
  void rebuildIndex();
}
