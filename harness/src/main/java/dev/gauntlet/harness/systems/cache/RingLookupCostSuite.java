package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/** Checks that a ring lookup costs O(log(N·v)): a search, not a scan. */
@CheckSuite(system = "cache", name = "ring", order = 2)
public class RingLookupCostSuite {

  static final String LOG_COST = "ownerOf costs O(log(N·v)): a search in a sorted structure, not"
      + " a scan of the ring";

  /** Nodes × virtual nodes: 10^3, 10^4 and 10^5 positions on the ring. */
  private static final int[][] SIZES = {{10, 100}, {20, 500}, {100, 1000}};
  private static final int LOOKUPS = 2000;
  private static final int ROUNDS = 7;

  /**
   * Measures the CPU time of {@value #LOOKUPS} {@code ownerOf} calls on rings of 10^3, 10^4 and
   * 10^5 positions (nodes × virtual nodes, through {@code newRing(v)}), in interleaved rounds after
   * a warm-up, and takes each size's median round. It fails if the cost per lookup at 10^5
   * positions is more than {@code maxGrowth} (default 20) times the cost at 10^3.
   *
   * <p>Counting comparisons would need the candidate's structure to count them; we cannot
   * instrument arbitrary code, so the cost is measured, and the verdict comes from the growth ratio
   * alone, which is why it is robust. A search grows with log2 of the size, 10 to 17 steps, but at
   * 10^5 positions each step of a tree may miss the CPU caches: the reference grew 2.5 to 8 times
   * over 30 seeds. A scan grows at least with the size, 100 times, less the fixed cost of hashing
   * the key (a scan of a contiguous array: about 60 times) and more once it misses the caches (the
   * planted scan of a tree: about 200 times). The threshold of 20 sits between the two, a factor
   * of 2.5 above the slowest search and 3 below the fastest scan. The machine's speed cancels in
   * the ratio; thread CPU time ({@link ThreadMXBean}) leaves out the time this thread waits while
   * other processes run; interleaving the sizes gives each the same conditions; the median
   * discards rounds hit by a garbage collection or compilation. Once {@code budgetMillis} of CPU
   * time (default 2000) is spent, warm-up included, rounds stop and a pass ends early, so that a
   * scan, about 0.4 ms a lookup at 10^5, cannot run long; the first round always completes on the
   * small rings.
   */
  @Check(id = "cache.ring.lookup-cost", title = "A ring lookup takes logarithmic time",
      points = 6, category = Category.PERFORMANCE)
  void lookupCost(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    if (cpu && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    HashRing[] rings = new HashRing[SIZES.length];
    for (int i = 0; i < SIZES.length; i++) {
      rings[i] = RingLoad.ring(factory, SIZES[i][1], SIZES[i][0]);
    }
    String[] keys = RingLoad.keys(ctx.seed(), LOOKUPS);
    Timer timer = new Timer(threads, cpu, (long) (ctx.setting("budgetMillis", 2000) * 1e6));
    for (int i = 0; i < rings.length - 1; i++) {
      for (int pass = 0; pass < 5; pass++) {
        timer.costPerLookup(rings[i], keys); // warm-up: compile the candidate's lookup first
      }
    }
    double[][] costs = new double[rings.length][ROUNDS];
    int rounds = 0;
    while (rounds < ROUNDS && (rounds == 0 || !timer.spent())) {
      for (int i = 0; i < rings.length; i++) {
        costs[i][rounds] = timer.costPerLookup(rings[i], keys);
      }
      rounds++;
    }
    double[] median = new double[rings.length];
    for (int i = 0; i < rings.length; i++) {
      median[i] = median(Arrays.copyOf(costs[i], rounds));
      ctx.metric("ns per lookup at " + SIZES[i][0] * SIZES[i][1] + " positions", median[i], "ns");
    }
    double growth = median[rings.length - 1] / Math.max(median[0], 1);
    double maxGrowth = ctx.setting("maxGrowth", 20);
    ctx.metric("cost growth from 10^3 to 10^5 positions", growth, "ratio");
    GuaranteeViolation.expectTrue(LOG_COST, growth <= maxGrowth, String.format(Locale.ROOT,
        "a lookup took %.0f ns at 10^3 positions and %.0f ns at 10^5: %.1f× more, over the %.0f×"
            + " a logarithmic search stays well under (a scan grows 60× or more; %s time, median"
            + " of %d round(s))", median[0], median[rings.length - 1], growth, maxGrowth,
        cpu ? "thread CPU" : "elapsed", rounds));
  }

  /** Times lookups in CPU time, within a budget for the whole check. */
  private static final class Timer {

    /** Lookups between two looks at the budget: enough that reading the clock costs little. */
    private static final int BATCH = 32;

    private final ThreadMXBean threads;
    private final boolean cpu;
    private final long deadline;

    Timer(ThreadMXBean threads, boolean cpu, long budgetNanos) {
      this.threads = threads;
      this.cpu = cpu;
      this.deadline = now() + budgetNanos;
    }

    boolean spent() {
      return now() >= deadline;
    }

    /**
     * Returns the nanoseconds per lookup over a pass of the keys, or over the batches done when the
     * budget ran out: a scan of a large ring answers its cost long before the pass would end.
     */
    double costPerLookup(HashRing ring, String[] keys) {
      long sink = 0;
      int done = 0;
      long t0 = now();
      while (done < keys.length && (done == 0 || !spent())) {
        for (int end = Math.min(done + BATCH, keys.length); done < end; done++) {
          sink += ring.ownerOf(keys[done]).length(); // used, so the JIT cannot drop the lookup
        }
      }
      double cost = (now() - t0) / (double) done;
      return sink == -1 ? -1 : cost;
    }

    /** Thread CPU time when the JVM offers it; elapsed time otherwise. */
    private long now() {
      return cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
