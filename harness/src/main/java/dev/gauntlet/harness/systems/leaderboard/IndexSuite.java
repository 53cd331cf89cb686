package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.RankedIndex;
import java.util.ArrayList;
import java.util.List;

/** The ranked index against a model of a Redis sorted set. */
@CheckSuite(system = "leaderboard", name = "index", order = 1)
public class IndexSuite {

  private enum Op { ADD, INCREMENT, REMOVE, SCORE, RANK, RANGE, RANGE_ASCENDING, COUNT, INVALID }

  /**
   * Members whose UTF-8 byte order differs from what is easy to get wrong: case, a trailing
   * space, a prefix, digits as text, "é" (2 bytes), U+FFFF (3 bytes, above every surrogate in
   * UTF-16) and U+1F600 (4 bytes, two surrogates: {@code String.compareTo} puts it below U+FFFF,
   * Redis above), and the empty member.
   */
  static final List<String> MEMBERS = List.of("ann", "bob", "Ann", "ann ", "an", "10", "9",
      "é", "\uFFFF", "\uD83D\uDE00", "");

  private static final long MAX = RankedIndex.MAX_SCORE;

  /**
   * Runs random sequences of every operation on a fresh index over the members above, with
   * scores drawn mostly from a few small values (so ties are everywhere), sometimes negative,
   * sometimes at the ends of the range (±2^53) and sometimes past them (which must be rejected),
   * and compares every answer, and the size after every change, with {@link IndexModel}. The
   * empty index is where every scenario starts.
   */
  @Check(id = "leaderboard.index.model", title = "The ranked index answers as a Redis sorted set"
      + " does", points = 15, category = Category.CORRECTNESS)
  void model(CheckContext ctx) {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    int examples = (int) ctx.setting("examples", 200);
    ctx.property(s -> modelScenario(s, factory)).examples(examples).check(ctx.seed());
  }

  private static void modelScenario(Scenario s, LeaderboardFactory factory) {
    s.note("index = newRankedIndex()");
    IndexComparison c = new IndexComparison(s, factory.newRankedIndex());
    while (s.another(30, 60)) {
      Op op = s.pickWeighted(List.of(Op.values()), 25, 15, 6, 6, 14, 12, 6, 8, 3);
      switch (op) {
        case ADD -> c.add(s.pick(MEMBERS), score(s));
        case INCREMENT -> c.incrementBy(s.pick(MEMBERS), s.coin(0.9) ? s.longBetween(-3, 3)
            : s.pick(List.of(MAX, -MAX, MAX - 1, 1L << 40)));
        case REMOVE -> c.remove(s.pick(MEMBERS));
        case SCORE -> c.score(s.pick(MEMBERS));
        case RANK -> c.rank(s.pick(MEMBERS));
        case RANGE -> c.range(s.longBetween(0, 6), s.longBetween(0, 12));
        case RANGE_ASCENDING -> c.rangeAscending(s.longBetween(0, 6), s.longBetween(0, 12));
        case COUNT -> {
          long min = s.coin(0.2) ? Long.MIN_VALUE : score(s);
          c.count(min, s.coin(0.2) ? Long.MAX_VALUE : score(s));
        }
        case INVALID -> {
          if (s.coin(0.5)) {
            c.add(s.pick(MEMBERS), s.pick(List.of(MAX + 1, -MAX - 1, Long.MAX_VALUE)));
          } else {
            c.negativeIndex(s.coin(0.5), s.longBetween(-2, 0) - 1, s.longBetween(0, 3));
          }
        }
        default -> throw new IllegalStateException(op.name());
      }
    }
  }

  /** A score: mostly a few small values, so ties are common; sometimes large or extreme. */
  private static long score(Scenario s) {
    return switch (s.pickWeighted(List.of(0, 1, 2, 3), 70, 12, 10, 8)) {
      case 0 -> s.longBetween(0, 4);
      case 1 -> -s.longBetween(1, 4);
      case 2 -> s.pick(List.of(MAX, -MAX, MAX - 1, -MAX + 1));
      default -> s.longBetween(-MAX, MAX);
    };
  }

  /**
   * Puts the members above in at one equal score, in an order the scenario draws (with a few
   * members above and below), then asks for every descending and ascending view: each must list
   * the tied members in UTF-8 byte order (ascending) or its reverse (descending), whatever the
   * insertion order. Redis lists "z", "é", U+FFFF, U+1F600 in that order (checked on Redis 7).
   */
  @Check(id = "leaderboard.index.ties", title = "Equal scores are ordered by UTF-8 bytes,"
      + " reversed in descending views", points = 6, category = Category.CORRECTNESS)
  void ties(CheckContext ctx) {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    int examples = (int) ctx.setting("examples", 60);
    ctx.property(s -> {
      s.note("index = newRankedIndex()");
      IndexComparison c = new IndexComparison(s, factory.newRankedIndex());
      List<String> left = new ArrayList<>(MEMBERS);
      left.add("z");
      long tie = s.longBetween(-2, 2);
      while (!left.isEmpty()) {
        String member = left.remove(s.intBetween(0, left.size() - 1));
        long score = s.coin(0.15) ? tie + s.pick(List.of(-1L, 1L)) : tie;
        c.add(member, score);
      }
      c.range(0, 20);
      c.rangeAscending(0, 20);
      for (String member : List.of("z", "é", "\uFFFF", "\uD83D\uDE00", "ann", "Ann")) {
        c.rank(member);
      }
      long from = s.longBetween(0, 8);
      c.range(from, from + s.longBetween(0, 4));
    }).examples(examples).check(ctx.seed());
  }
}
