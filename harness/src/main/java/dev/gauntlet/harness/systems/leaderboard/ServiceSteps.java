package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import java.util.ArrayList;
import java.util.List;

/** The steps the service scenarios draw: submissions, retries and queries over a few players. */
final class ServiceSteps {

  /**
   * Players that a database's defaults would merge or refuse: case, a trailing space (MySQL's
   * PAD SPACE collations ignore it), "é", U+FFFF and U+1F600 (4 bytes in UTF-8, which MySQL's
   * 3-byte {@code utf8} cannot store).
   */
  static final List<String> PLAYERS = List.of("ann", "Ann", "ann ", "bob", "cy", "é",
      "\uD83D\uDE00", "\uFFFF", "dee", "eve");

  private final Scenario s;
  private final ServiceComparison c;
  private final List<String> ids = new ArrayList<>();
  private final List<String> players = new ArrayList<>();
  private final List<Long> points = new ArrayList<>();

  ServiceSteps(Scenario s, ServiceComparison c) {
    this.s = s;
    this.c = c;
  }

  /** Points: mostly 1 to 3, so totals tie often; sometimes 0, negative or large. */
  long points() {
    return switch (s.pickWeighted(List.of(0, 1, 2, 3), 80, 6, 8, 6)) {
      case 0 -> s.longBetween(1, 3);
      case 1 -> 0;
      case 2 -> -s.longBetween(1, 3);
      default -> s.longBetween(100, 1000);
    };
  }

  /** A new submission with a fresh id. */
  void submitNew() {
    Submission next = fresh();
    c.submit(next.id(), next.player(), next.points());
  }

  /** A retry of an earlier submission: the same id, player and points. */
  boolean retry() {
    if (ids.isEmpty()) {
      return false;
    }
    int i = s.intBetween(0, ids.size() - 1);
    c.submit(ids.get(i), players.get(i), points.get(i));
    return true;
  }

  /** A submission as a client sends it. */
  record Submission(String id, String player, long points) {}

  /** Draws a submission with a fresh id, for the caller to send. */
  Submission fresh() {
    Submission next = new Submission("s" + (ids.size() + 1), s.pick(PLAYERS), points());
    ids.add(next.id());
    players.add(next.player());
    points.add(next.points());
    return next;
  }

  /** One query: top N, a standing or the players around one, in either style. */
  void query() {
    RankingStyle style = s.coin(0.4) ? RankingStyle.DENSE : RankingStyle.COMPETITION;
    switch (s.pickWeighted(List.of(0, 1, 2), 35, 35, 30)) {
      case 0 -> c.top(s.intBetween(0, 8), style);
      case 1 -> c.standing(s.pick(PLAYERS), style);
      default -> c.around(s.pick(PLAYERS), s.intBetween(0, 3), style);
    }
  }
}
