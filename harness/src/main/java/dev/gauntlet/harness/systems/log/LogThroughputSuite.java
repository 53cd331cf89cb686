package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.check.ThroughputComparison;
import dev.gauntlet.specs.log.LogFactory;

/**
 * Throughput in records per second against the reference in the same run, interleaved, after
 * warm-up ({@link LogWorkload}). Full marks from {@code fullMarksRatio} (0.5: half the
 * reference's speed is a sound design with ordinary constant factors), none at or below
 * {@code zeroMarksRatio} (0.1: per-record work that grows with the log, such as rewriting or
 * scanning it), linear between. Rounds of {@code roundMillis} (100 ms), 2 warm-up and 5
 * measured per side. The stage each needs is in its title.
 */
@CheckSuite(system = "log", name = "perf", order = 5)
public class LogThroughputSuite {

  /** acks=1 produce to one broker. */
  @Check(id = "log.perf.produce-acks1", title = "Stage 1: produce throughput with acks=1 is"
      + " within a constant factor of the reference's", points = 2,
      category = Category.PERFORMANCE)
  void produceAcksOne(CheckContext ctx) {
    compare(ctx, LogWorkload.PRODUCE_ACKS_1);
  }

  /** acks=all produce to three replicas. */
  @Check(id = "log.perf.produce-acks-all", title = "Stage 2: produce throughput with acks=all on"
      + " three replicas is within a constant factor of the reference's", points = 2,
      category = Category.PERFORMANCE)
  void produceAcksAll(CheckContext ctx) {
    compare(ctx, LogWorkload.PRODUCE_ACKS_ALL);
  }

  /** A consumer reading a long partition. */
  @Check(id = "log.perf.fetch", title = "Stage 1: fetch throughput is within a constant factor"
      + " of the reference's", points = 2, category = Category.PERFORMANCE)
  void fetch(CheckContext ctx) {
    compare(ctx, LogWorkload.FETCH);
  }

  private static void compare(CheckContext ctx, LogWorkload workload) {
    double full = ctx.setting("fullMarksRatio", 0.5);
    double zero = ctx.setting("zeroMarksRatio", 0.1);
    int warmUp = (int) ctx.setting("warmUpRounds", 2);
    int measured = (int) ctx.setting("measuredRounds", 5);
    long roundNanos = (long) (ctx.setting("roundMillis", 100) * 1_000_000);
    LogFactory candidate = ctx.factory(LogFactory.class);
    ThroughputComparison.Result result = new ThroughputComparison(warmUp, measured, roundNanos)
        .run((seed, budget) -> ctx.baseline().round(workload.id(), seed, budget),
            (seed, budget) -> workload.round(candidate, seed, budget), ctx.seed());
    ThroughputComparison.award(ctx, result, zero, full);
  }
}
