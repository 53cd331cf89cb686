package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import java.util.Locale;
import java.util.Map;

/** Checks how the ring spreads keys: how many move on a join, and how evenly nodes share them. */
@CheckSuite(system = "cache", name = "ring", order = 2)
public class RingLoadSuite {

  static final String MOVEMENT = "on a join to N nodes about 1/(N+1) of the keys move: between"
      + " 0.5/(N+1) and 1.5/(N+1)";
  static final String BALANCE = "with the default virtual nodes no node owns much more than its"
      + " share of keys";
  static final String SPREAD = "more virtual nodes means less spread of load between nodes";

  private static final int[] MOVEMENT_SIZES = {4, 9, 19, 39};
  private static final int MOVEMENT_KEYS = 20_000;
  private static final int BALANCE_NODES = 10;
  private static final int BALANCE_KEYS = 200_000;
  private static final int SPREAD_NODES = 20;
  private static final int SPREAD_KEYS = 100_000;

  /**
   * Adds node N + 1 to default rings of N = 4, 9, 19 and 39 nodes and counts the share of
   * {@value #MOVEMENT_KEYS} random keys that change owner; it must lie within
   * [{@code minRatio}, {@code maxRatio}] × 1/(N+1), default [0.5, 1.5].
   *
   * <p>Why that tolerance: the moved keys are those the joiner now owns, and with v virtual nodes
   * a node's share of the ring is a sum of v arcs, each about exponential with the same mean, so
   * its standard deviation is about 1/√v of its mean: 7 % at v = 200. Counting 20 000 keys adds
   * sampling noise of at most 4.5 % (N = 39: about 490 keys move). Together about 8.5 %, so
   * ±50 % is more than five standard deviations: a correct ring never fails, while modulo hashing,
   * which moves N/(N+1) of the keys, fails by a factor of N.
   */
  @Check(id = "cache.ring.movement", title = "A join moves about 1/(N+1) of the keys",
      points = 5, category = Category.CORRECTNESS)
  void movement(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    double min = ctx.setting("minRatio", 0.5);
    double max = ctx.setting("maxRatio", 1.5);
    String[] keys = RingLoad.keys(ctx.seed(), MOVEMENT_KEYS);
    for (int n : MOVEMENT_SIZES) {
      HashRing ring = RingLoad.ring(factory, CacheFactory.DEFAULT_VIRTUAL_NODES, n);
      String[] before = RingLoad.owners(ring, keys);
      ring.addNode("node-" + (n + 1));
      String[] after = RingLoad.owners(ring, keys);
      int moved = 0;
      for (int i = 0; i < keys.length; i++) {
        moved += before[i].equals(after[i]) ? 0 : 1;
      }
      double ratio = moved * (n + 1.0) / keys.length;
      ctx.metric("moved share × (N+1), N = " + n, ratio, "ratio");
      if (ratio < min || ratio > max) {
        throw new GuaranteeViolation(MOVEMENT, String.format(Locale.ROOT,
            "between %.1f%% and %.1f%% of %d keys when node-%d joins %d nodes", 100 * min / (n + 1),
            100 * max / (n + 1), keys.length, n + 1, n),
            String.format(Locale.ROOT, "%.1f%% moved (%d keys)", 100.0 * moved / keys.length,
                moved));
      }
    }
  }

  /**
   * Two parts. First, {@value #BALANCE_KEYS} random keys on the default ring (200 virtual nodes) of
   * {@value #BALANCE_NODES} nodes: the busiest node's keys over the mean must be at most
   * {@code maxOverMean}, default 1.3. At 200 virtual nodes a node's share has a standard
   * deviation of about 1/√200 ≈ 7 % of the mean (oracles: ~5 %), and the busiest of 10 sits about
   * 1.5 standard deviations up, near 1.1; 1.3 is over four standard deviations for any one node.
   * Counting 200 000 keys (20 000 a node) adds under 1 % of noise; 10^6 keys would change nothing
   * but the time.
   *
   * <p>Second, rings of {@value #SPREAD_NODES} nodes with 10, 50 and 200 virtual nodes over
   * {@value #SPREAD_KEYS} keys: the coefficient of variation of the load should fall as 1/√v
   * (0.32, 0.14, 0.07), so at 200 it must be at most {@code spreadRatio} (default 0.75) of the
   * value at 10, where 0.22 is expected. Estimated from 20 nodes each value is within about 17 %,
   * so even three standard deviations of bad luck on both ends gives 0.66. Comparing only the
   * ends keeps a correct ring from failing on the noise between close neighbours (50 and 200).
   */
  @Check(id = "cache.ring.balance",
      title = "Nodes share keys evenly, and more virtual nodes spread them more evenly",
      points = 6, category = Category.CORRECTNESS)
  void balance(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    String[] keys = RingLoad.keys(ctx.seed(), BALANCE_KEYS);
    HashRing ring = factory.newRing();
    for (int i = 1; i <= BALANCE_NODES; i++) {
      ring.addNode("node-" + i);
    }
    Map<String, Integer> load = RingLoad.load(ring, keys);
    double maxOverMean = RingLoad.maxOverMean(load);
    double bound = ctx.setting("maxOverMean", 1.3);
    ctx.metric("max/mean load, default ring, " + BALANCE_NODES + " nodes", maxOverMean, "ratio");
    GuaranteeViolation.expectTrue(BALANCE, maxOverMean <= bound, String.format(Locale.ROOT,
        "the busiest of %d nodes owns %.2f× the mean of %d keys; at most %.2f× expected (%s)",
        BALANCE_NODES, maxOverMean, keys.length, bound, load));

    String[] spreadKeys = java.util.Arrays.copyOf(keys, SPREAD_KEYS);
    double[] cv = new double[3];
    int[] vnodes = {10, 50, 200};
    for (int i = 0; i < vnodes.length; i++) {
      cv[i] = RingLoad.coefficientOfVariation(
          RingLoad.load(RingLoad.ring(factory, vnodes[i], SPREAD_NODES), spreadKeys));
      ctx.metric("coefficient of variation, " + vnodes[i] + " virtual nodes", cv[i], "ratio");
    }
    double spreadRatio = ctx.setting("spreadRatio", 0.75);
    GuaranteeViolation.expectTrue(SPREAD, cv[2] <= spreadRatio * cv[0], String.format(Locale.ROOT,
        "coefficient of variation of load over %d nodes: %.3f at 10 virtual nodes, %.3f at 50,"
            + " %.3f at 200; at 200 it must be at most %.2f× the value at 10",
        SPREAD_NODES, cv[0], cv[1], cv[2], spreadRatio));
  }
}
