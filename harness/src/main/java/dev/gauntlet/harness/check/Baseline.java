package dev.gauntlet.harness.check;

/**
 * Runs workload rounds on the reference implementation, for throughput ratios. In a graded run
 * the reference lives in a worker of its own, so it never shares a class path with a candidate.
 */
public interface Baseline {

  /**
   * Runs one round of a workload on the reference.
   *
   * @param workloadId a {@link Workload#id()}
   * @param seed the seed of the round
   * @param budgetNanos how long to run
   * @return what the reference did in the round
   * @throws IllegalStateException if no reference is available to this run
   */
  Measurement round(String workloadId, long seed, long budgetNanos);
}
