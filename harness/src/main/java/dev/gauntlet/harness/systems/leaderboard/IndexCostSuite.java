package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.RankedIndex;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The ranked index's cost: O(log n) per query and per update, judged by how the cost grows from
 * 10^3 to 10^5 members, never by an absolute time.
 *
 * <p>Why growth, and why these bounds: a logarithmic operation grows with log2 n, 10 to 17 steps
 * over these sizes, plus cache misses once 10^5 nodes no longer fit the CPU caches, so a skip list
 * grows a few times; a linear one grows with n, 100 times, less its fixed costs. The machine's
 * speed cancels in the ratio; thread CPU time leaves out time this thread waited while other
 * processes ran; sizes take turns round after round, and each size keeps its fastest round.
 */
@CheckSuite(system = "leaderboard", name = "index", order = 2)
public class IndexCostSuite {

  static final String LOG_QUERIES = "rank, range and count cost O(log n): a search down a skip"
      + " list with spans (or a tree with subtree sizes), not a walk over the members";
  static final String LOG_UPDATES = "add, incrementBy and remove cost O(log n): no shifting of"
      + " a sorted array, no rebuilding";

  static final int[] SIZES = {1_000, 10_000, 100_000};
  /**
   * The update check goes to 300,000 members, filled in ascending order (cheap for a skip list,
   * a tree and an array sorted ascending alike), because shifting an array is a fast memmove:
   * at 10^5 it still fits the CPU's caches and hides behind the fixed costs.
   */
  static final int[] UPDATE_SIZES = {1_000, 10_000, 300_000};
  private static final int OPERATIONS = 1000;
  private static final int ROUNDS = 11;
  /** Members kept at each end of the order for the update check. */
  private static final int ENDS = 64;

  /**
   * Times {@code rank(m)}, {@code range(p, p + 4)} and {@code count(s, s + 10)} together, at
   * 10^3, 10^4 and 10^5 members with many ties, and fails if the cost per query at 10^5 is more
   * than {@code maxGrowth} (default 20) times the cost at 10^3. The reference grows 5 to 9
   * times (cache misses down a larger list); {@code TreeMap.headMap(x).size()} or a scan grows
   * hundreds of times.
   */
  @Check(id = "leaderboard.index.rank-cost", title = "Rank, range and count take logarithmic"
      + " time", points = 8, category = Category.PERFORMANCE)
  void rankCost(CheckContext ctx) {
    Indexes built = build(ctx, SIZES, false);
    double[] costs = new CostMeter((long) (ctx.setting("budgetMillis", 2500) * 1e6))
        .measure(SIZES.length, OPERATIONS, ROUNDS, 5, (size, i) -> {
          RankedIndex index = built.indexes[size];
          int n = SIZES[size];
          String member = built.member(size, i);
          long p = (i * 7919L) % n;
          long score = built.scoreOf(size, i);
          return index.rank(member).orElse(-1) + index.range(p, p + 4).size()
              + index.count(score, score + 10);
        });
    judge(ctx, SIZES, costs, "query", LOG_QUERIES, 20);
  }

  /**
   * Times {@code remove(x)}, {@code add(x, s)} and {@code incrementBy(y, ±1)} of members at the
   * very bottom of the order (even operations) or the very top (odd ones), at the same sizes,
   * and fails if the cost per update grows more than {@code maxGrowth} (default 20) times. Where
   * a member goes matters to an array only: a sorted {@code ArrayList} shifts every element
   * behind the insertion point, so inserting at one end or the other (whichever way it is
   * sorted) shifts them all, and its cost grows with n: 10 to 20 times here, the shifts being a
   * fast memmove; a skip list's hardly grows at the ends (the reference: 1 to 1.5 times). So the
   * bound, {@code maxGrowth}, is 6 by default.
   */
  @Check(id = "leaderboard.index.update-cost", title = "Adds, increments and removals take"
      + " logarithmic time", points = 6, category = Category.PERFORMANCE)
  void updateCost(CheckContext ctx) {
    Indexes built = build(ctx, UPDATE_SIZES, true);
    double[] costs = new CostMeter((long) (ctx.setting("budgetMillis", 2500) * 1e6))
        .measure(UPDATE_SIZES.length, OPERATIONS, ROUNDS, 5, (size, i) -> {
          RankedIndex index = built.indexes[size];
          boolean low = (i & 1) == 0;
          String[] ends = low ? built.low : built.high;
          String member = ends[(i >> 1) % ENDS];
          long base = low ? -10 : UPDATE_SIZES[size];
          index.remove(member);
          index.add(member, base + (i % 7));
          return index.incrementBy(ends[(i * 7 + 3) % ENDS], (i & 2) == 0 ? 1 : -1);
        });
    judge(ctx, UPDATE_SIZES, costs, "update", LOG_UPDATES, 6);
  }

  private static void judge(CheckContext ctx, int[] sizes, double[] costs, String what,
      String guarantee, double defaultMaxGrowth) {
    int last = sizes.length - 1;
    for (int size = 0; size <= last; size++) {
      ctx.metric("ns per " + what + " at " + sizes[size] + " members", costs[size], "ns");
    }
    double growth = costs[last] / Math.max(costs[0], 1);
    double maxGrowth = ctx.setting("maxGrowth", defaultMaxGrowth);
    ctx.metric(what + " cost growth from " + sizes[0] + " to " + sizes[last] + " members",
        growth, "ratio");
    GuaranteeViolation.expectTrue(guarantee, growth <= maxGrowth, String.format(Locale.ROOT,
        "a %s took %.0f ns at %d members and %.0f ns at %d: %.1f× more, over the %.0f× a"
            + " logarithmic structure stays well under (linear work grows %d×, less its fixed"
            + " costs; fastest of %d round(s))", what, costs[0], sizes[0], costs[last],
        sizes[last], growth, maxGrowth, sizes[last] / sizes[0], (int) costs[last + 1]));
  }

  /**
   * The indexes of every size, filled with members m0..m(n-1) at scores with many ties, in a
   * random order or ({@code ascending}) in ascending order of score.
   */
  private static Indexes build(CheckContext ctx, int[] sizes, boolean ascending) {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    SplittableRandom random = new SplittableRandom(ctx.seed());
    Indexes built = new Indexes(sizes);
    for (int size = 0; size < sizes.length; size++) {
      int n = sizes[size];
      RankedIndex index = factory.newRankedIndex();
      long[] scores = new long[n];
      for (int i = 0; i < n; i++) {
        scores[i] = ascending ? i / 4 : random.nextLong(n / 4);
        index.add(built.names[i], scores[i]);
      }
      for (int k = 0; k < ENDS; k++) {
        index.add(built.low[k], -10 + k % 7);
        index.add(built.high[k], n + k % 7);
      }
      built.indexes[size] = index;
      built.scores[size] = scores;
    }
    return built;
  }

  private static final class Indexes {
    final int[] sizes;
    final RankedIndex[] indexes;
    final long[][] scores;
    final String[] low = new String[ENDS];
    final String[] high = new String[ENDS];
    final String[] names;

    Indexes(int[] sizes) {
      this.sizes = sizes;
      this.indexes = new RankedIndex[sizes.length];
      this.scores = new long[sizes.length][];
      this.names = new String[sizes[sizes.length - 1]];
      for (int k = 0; k < ENDS; k++) {
        low[k] = "low" + k;
        high[k] = "high" + k;
      }
      for (int i = 0; i < names.length; i++) {
        names[i] = "m" + i;
      }
    }

    /** A member spread over the whole index, so no cache holds the ones asked for. */
    String member(int size, int i) {
      return names[(int) Math.floorMod(i * 104_729L, sizes[size])];
    }

    long scoreOf(int size, int i) {
      return scores[size][(int) Math.floorMod(i * 104_729L, sizes[size])];
    }
  }
}
