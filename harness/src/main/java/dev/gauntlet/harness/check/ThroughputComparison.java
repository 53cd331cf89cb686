package dev.gauntlet.harness.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares a candidate's throughput with the reference's on one workload, in the same run and
 * interleaved: reference round, candidate round, reference, candidate… first a few warm-up rounds
 * of each (not counted: JIT compilation, class loading, caches), then the measured ones. Each
 * side's figure is its best measured round: interference (a GC pause, another process on a busy
 * machine, a core shared with the other worker) only ever slows a round down, so the fastest
 * round is the least disturbed estimate of what an implementation can do, and since the rounds
 * alternate both sides get the same chances at a quiet one. (The median, tried first, let a
 * loaded machine put the reference at half of itself.) The score comes from the ratio only,
 * never from an absolute number of this machine.
 *
 * <p>Both sides run round {@code i} with the same seed, so they do identical work.
 */
public final class ThroughputComparison {

  /** Runs one round of the workload on one side. */
  @FunctionalInterface
  public interface Side {
    /** Runs a round with {@code seed} for about {@code budgetNanos}. */
    Measurement round(long seed, long budgetNanos);
  }

  /**
   * What a comparison measured.
   *
   * @param candidateOpsPerSecond the best of the candidate's measured rounds
   * @param referenceOpsPerSecond the best of the reference's measured rounds
   * @param order the rounds in the order they ran, e.g. {@code warm-up reference 1}
   */
  public record Result(double candidateOpsPerSecond, double referenceOpsPerSecond,
      List<String> order) {

    /** Returns candidate over reference ops/s; 0 when the reference did nothing. */
    public double ratio() {
      return referenceOpsPerSecond == 0 ? 0 : candidateOpsPerSecond / referenceOpsPerSecond;
    }
  }

  private final int warmUpRounds;
  private final int measuredRounds;
  private final long roundNanos;

  /**
   * Creates a comparison.
   *
   * @param warmUpRounds rounds per side before measuring; at least 0
   * @param measuredRounds measured rounds per side; at least 1
   * @param roundNanos the real-time budget of each round
   */
  public ThroughputComparison(int warmUpRounds, int measuredRounds, long roundNanos) {
    if (warmUpRounds < 0 || measuredRounds < 1 || roundNanos <= 0) {
      throw new IllegalArgumentException("need warm-up >= 0, measured >= 1, budget > 0; was "
          + warmUpRounds + ", " + measuredRounds + ", " + roundNanos);
    }
    this.warmUpRounds = warmUpRounds;
    this.measuredRounds = measuredRounds;
    this.roundNanos = roundNanos;
  }

  /** Runs the rounds, alternating reference first, and returns each side's best round. */
  public Result run(Side reference, Side candidate, long seed) {
    List<String> order = new ArrayList<>();
    double[] referenceOps = new double[measuredRounds];
    double[] candidateOps = new double[measuredRounds];
    for (int i = 0; i < warmUpRounds + measuredRounds; i++) {
      boolean warmUp = i < warmUpRounds;
      String kind = warmUp ? "warm-up" : "measured";
      int number = warmUp ? i + 1 : i - warmUpRounds + 1;
      long roundSeed = Seeds.mix(seed + i);
      Measurement r = reference.round(roundSeed, roundNanos);
      order.add(kind + " reference " + number);
      Measurement c = candidate.round(roundSeed, roundNanos);
      order.add(kind + " candidate " + number);
      if (!warmUp) {
        referenceOps[i - warmUpRounds] = r.opsPerSecond();
        candidateOps[i - warmUpRounds] = c.opsPerSecond();
      }
    }
    return new Result(best(candidateOps), best(referenceOps), List.copyOf(order));
  }

  /**
   * Returns the share of the points a ratio earns: 1 at or above {@code fullMarksRatio}, 0 at or
   * below {@code zeroMarksRatio}, linear between.
   *
   * @throws IllegalArgumentException unless {@code zeroMarksRatio < fullMarksRatio}
   */
  public static double score(double ratio, double zeroMarksRatio, double fullMarksRatio) {
    if (!(zeroMarksRatio < fullMarksRatio)) {
      throw new IllegalArgumentException("zeroMarksRatio must be below fullMarksRatio; were "
          + zeroMarksRatio + " and " + fullMarksRatio);
    }
    if (ratio >= fullMarksRatio) {
      return 1;
    }
    if (ratio <= zeroMarksRatio) {
      return 0;
    }
    return (ratio - zeroMarksRatio) / (fullMarksRatio - zeroMarksRatio);
  }

  /**
   * Records the figures of {@code result} as metrics of the running check and awards its score
   * through {@link CheckContext#partialCredit}.
   */
  public static void award(CheckContext ctx, Result result, double zeroMarksRatio,
      double fullMarksRatio) {
    ctx.metric("candidate-ops-per-second", Math.round(result.candidateOpsPerSecond()), "ops/s");
    ctx.metric("reference-ops-per-second", Math.round(result.referenceOpsPerSecond()), "ops/s");
    ctx.metric("throughput-ratio", result.ratio(), "ratio");
    double fraction = score(result.ratio(), zeroMarksRatio, fullMarksRatio);
    ctx.partialCredit(fraction, String.format(Locale.ROOT, "throughput %.0f ops/s is %.2f of the"
        + " reference's %.0f ops/s (full marks from %.2f, none at or below %.2f)",
        result.candidateOpsPerSecond(), result.ratio(), result.referenceOpsPerSecond(),
        fullMarksRatio, zeroMarksRatio));
  }

  static double best(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
