package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import dev.gauntlet.specs.leaderboard.Standing;
import java.util.List;
import java.util.Optional;

/**
 * Drives a candidate's {@link LeaderboardService} and a {@link ServiceModel} side by side: logs
 * each call as a scenario step and compares every answer, telling apart a wrong total, a wrong
 * order, a wrong rank in each style and a wrong window.
 */
final class ServiceComparison {

  static final String SUBMIT = "submit returns the player's total after the submission (for an"
      + " id already recorded, the current total)";
  static final String TOTALS = "a player's total is the sum of the points of the distinct"
      + " submission ids recorded for them";
  static final String ORDER = "players are listed highest total first, equal totals in"
      + " descending UTF-8 byte order";
  static final String COMPETITION = "competition rank (\"1224\") is 1 + the number of players"
      + " with a higher total";
  static final String DENSE = "dense rank (\"1223\") is 1 + the number of distinct higher"
      + " totals";
  static final String TOP = "top(n) lists the first n players";
  static final String AROUND = "around(player, k) lists positions p - k to p + k around the"
      + " player's position p, clipped at both ends";
  static final String UNKNOWN = "a player without a recorded submission has no standing";

  private final Scenario s;
  private final LeaderboardFactory factory;
  private final LeaderboardEnvironment environment;
  final ServiceModel model = new ServiceModel();
  private LeaderboardService service;

  ServiceComparison(Scenario s, LeaderboardFactory factory, LeaderboardEnvironment environment) {
    this.s = s;
    this.factory = factory;
    this.environment = environment;
    s.note("service = newService(environment)  // an empty database and store");
    this.service = factory.newService(environment);
  }

  LeaderboardService service() {
    return service;
  }

  /** Drops the service and creates another over the same database and store. */
  void restart() {
    s.fault("restart: service = newService(environment)  // same database and store");
    service = factory.newService(environment);
  }

  void submit(String id, String player, long points) {
    s.step("service.submit(" + q(id) + ", " + q(player) + ", " + points + ")");
    long observed = service.submit(id, player, points);
    s.observe(Long.toString(observed));
    long expected = model.submit(id, player, points);
    if (expected != observed) {
      throw new GuaranteeViolation(SUBMIT, expected, observed);
    }
  }

  void top(int n, RankingStyle style) {
    s.step("service.top(" + n + styleArg(style) + ")");
    List<Standing> observed = service.top(n, style);
    s.observe(String.valueOf(observed));
    compare(TOP, model.top(n, style), observed, style);
  }

  void standing(String player, RankingStyle style) {
    s.step("service.standing(" + q(player) + styleArg(style) + ")");
    Optional<Standing> observed = service.standing(player, style);
    s.observe(String.valueOf(observed));
    Optional<Standing> expected = model.standing(player, style);
    if (expected.isEmpty() && observed.isPresent()) {
      throw new GuaranteeViolation(UNKNOWN, expected, observed);
    }
    compare(TOTALS, expected.stream().toList(), observed.stream().toList(), style);
  }

  void around(String player, int k, RankingStyle style) {
    s.step("service.around(" + q(player) + ", " + k + styleArg(style) + ")");
    List<Standing> observed = service.around(player, k, style);
    s.observe(String.valueOf(observed));
    compare(AROUND, model.around(player, k, style), observed, style);
  }

  /** Checks {@code player}'s standing in both styles under a guarantee of the caller's. */
  void expectStanding(String player, String guarantee) {
    for (RankingStyle style : RankingStyle.values()) {
      s.step("service.standing(" + q(player) + styleArg(style) + ")");
      Optional<Standing> observed = service.standing(player, style);
      s.observe(String.valueOf(observed));
      GuaranteeViolation.expectEqual(guarantee, model.standing(player, style), observed);
    }
  }

  /**
   * Compares standings: the same players with other totals break {@code TOTALS}; the same
   * totals in another order, {@code ORDER}; the same order with other ranks, the style's rank
   * rule; anything else, {@code window}.
   */
  private static void compare(String window, List<Standing> expected, List<Standing> observed,
      RankingStyle style) {
    if (expected.equals(observed)) {
      return;
    }
    if (expected.size() == observed.size()) {
      boolean samePlayers = true;
      boolean sameScores = true;
      boolean sameOrder = true;
      for (int i = 0; i < expected.size(); i++) {
        Standing e = expected.get(i);
        Standing o = observed.get(i);
        samePlayers &= e.player().equals(o.player());
        sameScores &= e.score() == o.score();
        sameOrder &= e.player().equals(o.player()) && e.score() == o.score();
      }
      if (sameOrder) {
        throw new GuaranteeViolation(style == RankingStyle.COMPETITION ? COMPETITION : DENSE,
            expected, observed);
      }
      if (samePlayers && !sameScores) {
        throw new GuaranteeViolation(TOTALS, expected, observed);
      }
      if (sameScores) {
        throw new GuaranteeViolation(ORDER, expected, observed);
      }
    }
    throw new GuaranteeViolation(window, expected, observed);
  }

  private static String styleArg(RankingStyle style) {
    return style == RankingStyle.COMPETITION ? "" : ", DENSE";
  }

  static String q(String text) {
    return IndexComparison.q(text);
  }
}
