package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.check.ThroughputComparison;
import dev.gauntlet.specs.cache.CacheFactory;

/** Throughput of the whole client path, relative to the reference in the same run. */
@CheckSuite(system = "cache", name = "perf", order = 5)
public class ThroughputChecks {

  /**
   * Runs {@link MixedWorkload} ({@code cache.mixed}) on the reference and on the candidate in
   * turns, after warm-up, and scores the ratio of their best rounds' ops/s: full marks from
   * {@code fullMarksRatio} (0.5: half the reference's speed is a sound design with ordinary
   * constant factors), none at or below {@code zeroMarksRatio} (0.1: an order of magnitude
   * slower means per-operation work that grows with the cluster, such as rebuilding the ring or
   * scanning), linear between. Rounds of {@code roundMillis} (200 ms), 2 warm-up and 5 measured
   * per side: about 3 s in all.
   */
  @Check(id = "cache.perf.throughput", title = "Client throughput is within a constant factor of"
      + " the reference's", points = 10, category = Category.PERFORMANCE)
  void throughput(CheckContext ctx) {
    double full = ctx.setting("fullMarksRatio", 0.5);
    double zero = ctx.setting("zeroMarksRatio", 0.1);
    int warmUp = (int) ctx.setting("warmUpRounds", 2);
    int measured = (int) ctx.setting("measuredRounds", 5);
    long roundNanos = (long) (ctx.setting("roundMillis", 200) * 1_000_000);
    MixedWorkload workload = new MixedWorkload();
    CacheFactory candidate = ctx.factory(CacheFactory.class);
    ThroughputComparison.Result result = new ThroughputComparison(warmUp, measured, roundNanos)
        .run((seed, budget) -> ctx.baseline().round(workload.id(), seed, budget),
            (seed, budget) -> workload.round(candidate, seed, budget), ctx.seed());
    ThroughputComparison.award(ctx, result, zero, full);
  }
}
