package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.ThroughputComparison;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput against the reference in the same run, interleaved, after warm-up (see
 * {@link ThroughputComparison}): MB/s of 1 MiB puts and of 1 MiB gets, ops/s of small-object
 * requests, and MB/s of the erasure coder, reported beside Apache Hadoop's Java Reed-Solomon
 * encoder run on the same stripes. Rounds of {@code roundMillis} (150 ms; 1 MiB puts and gets
 * 100 ms each), 2 warm-up and 4 measured per side.
 */
@CheckSuite(system = "objectstore", name = "perf", order = 8)
public class PerfSuite {

  private static ThroughputComparison comparison(CheckContext ctx, double roundMillis) {
    return new ThroughputComparison((int) ctx.setting("warmUpRounds", 2),
        (int) ctx.setting("measuredRounds", 4),
        (long) (ctx.setting("roundMillis", roundMillis) * 1_000_000));
  }

  private static ThroughputComparison.Result compare(CheckContext ctx,
      Workload<ObjectStoreFactory> workload, ThroughputComparison.Side extra) {
    ObjectStoreFactory candidate = ctx.factory(ObjectStoreFactory.class);
    double roundMillis = workload instanceof LargeObjectWorkload ? 100 : 150;
    return comparison(ctx, roundMillis).run(
        (seed, budget) -> ctx.baseline().round(workload.id(), seed, budget),
        (seed, budget) -> {
          Measurement m = workload.round(candidate, seed, budget);
          if (extra != null) {
            extra.round(seed, budget);
          }
          return m;
        }, ctx.seed());
  }

  /**
   * Puts of 1 MiB objects ({@code objectstore.put-1mib}) and gets of them
   * ({@code objectstore.get-1mib}), each compared with the reference on its own; both MB/s are
   * reported, and the score comes from the lower of the two ratios (a store is as slow as its
   * slower path; gets of sound shards need no decoding, so a slow coder shows only in puts):
   * full marks from half the reference's speed ({@code fullMarksRatio}), none at a tenth
   * ({@code zeroMarksRatio}). Encoding, checksums and MD5 dominate puts; copying shards more
   * than needed shows in both.
   */
  @Check(id = "objectstore.perf.large-objects", title = "MB/s of 1 MiB puts and gets is within"
      + " a constant factor of the reference's", points = 4, category = Category.PERFORMANCE)
  void largeObjects(CheckContext ctx) {
    ThroughputComparison.Result put = compare(ctx, new LargeObjectWorkload(true), null);
    ThroughputComparison.Result get = compare(ctx, new LargeObjectWorkload(false), null);
    double mb = LargeObjectWorkload.SIZE / 1e6;
    ctx.metric("candidate-put-mb-per-s", put.candidateOpsPerSecond() * mb, "MB/s");
    ctx.metric("reference-put-mb-per-s", put.referenceOpsPerSecond() * mb, "MB/s");
    ctx.metric("candidate-get-mb-per-s", get.candidateOpsPerSecond() * mb, "MB/s");
    ctx.metric("reference-get-mb-per-s", get.referenceOpsPerSecond() * mb, "MB/s");
    ctx.metric("put-ratio", put.ratio(), "ratio");
    ctx.metric("get-ratio", get.ratio(), "ratio");
    ThroughputComparison.Result slower = put.ratio() <= get.ratio() ? put : get;
    ThroughputComparison.award(ctx, slower, ctx.setting("zeroMarksRatio", 0.1),
        ctx.setting("fullMarksRatio", 0.5));
  }

  /**
   * Small-object requests ({@code objectstore.small}: puts, gets, heads, listings, deletes of
   * 1 KiB objects): metadata round trips dominate. Same thresholds.
   */
  @Check(id = "objectstore.perf.small-objects", title = "Small-object requests per second are"
      + " within a constant factor of the reference's", points = 3,
      category = Category.PERFORMANCE)
  void smallObjects(CheckContext ctx) {
    ThroughputComparison.Result result = compare(ctx, new SmallObjectWorkload(), null);
    ThroughputComparison.award(ctx, result, ctx.setting("zeroMarksRatio", 0.1),
        ctx.setting("fullMarksRatio", 0.5));
  }

  /**
   * The coder alone ({@code objectstore.encode}, 6 + 3, 64 KiB shards). Reports the candidate's
   * and the reference's MB/s and, measured in the same rounds, Apache Hadoop's
   * {@code RSRawEncoder}; scores the candidate against the reference, full marks from
   * {@code fullMarksRatio} (0.3: a table-driven multiply is within a small factor of the
   * reference's, a bit-by-bit one is not), none at {@code zeroMarksRatio} (0.05).
   */
  @Check(id = "objectstore.perf.encode", title = "Erasure encoding MB/s is within a constant"
      + " factor of the reference's", points = 3, category = Category.PERFORMANCE)
  void encode(CheckContext ctx) {
    List<Double> hadoop = new ArrayList<>();
    int warmUp = (int) ctx.setting("warmUpRounds", 2);
    int[] round = {0};
    ThroughputComparison.Result result = compare(ctx, new EncodeWorkload(), (seed, budget) -> {
      Measurement m = HadoopEncoder.round(seed, budget);
      if (round[0]++ >= warmUp) {
        hadoop.add(m.opsPerSecond());
      }
      return m;
    });
    ctx.metric("candidate-encode-mb-per-s",
        EncodeWorkload.megabytesPerSecond(result.candidateOpsPerSecond()), "MB/s");
    ctx.metric("reference-encode-mb-per-s",
        EncodeWorkload.megabytesPerSecond(result.referenceOpsPerSecond()), "MB/s");
    hadoop.sort(null);
    if (!hadoop.isEmpty()) {
      ctx.metric("hadoop-rs-encode-mb-per-s",
          EncodeWorkload.megabytesPerSecond(hadoop.get(hadoop.size() / 2)), "MB/s");
    }
    ThroughputComparison.award(ctx, result, ctx.setting("zeroMarksRatio", 0.05),
        ctx.setting("fullMarksRatio", 0.3));
  }
}
