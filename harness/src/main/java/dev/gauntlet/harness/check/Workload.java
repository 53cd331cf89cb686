package dev.gauntlet.harness.check;

/**
 * A throughput workload run against a factory of one system, by the candidate's worker and, in
 * turn, by the reference's worker, so the two are measured on the same machine in the same run.
 *
 * <p>Implementations are stateless and listed in {@code Workloads}; everything a round does is
 * derived from its seed, so both sides do identical work.
 *
 * @param <F> the system's factory type
 */
public interface Workload<F> {

  /** Returns the id both workers know this workload by, e.g. {@code cache.mixed}. */
  String id();

  /** Returns the factory interface the workload drives. */
  Class<F> factoryType();

  /**
   * Runs one round: builds what it needs from {@code factory}, then runs operations until about
   * {@code budgetNanos} of real time have passed (setup excluded).
   *
   * @param factory the implementation under measurement
   * @param seed the seed of the round's operations
   * @param budgetNanos how long to run, in real nanoseconds
   * @return what the round did
   */
  Measurement round(F factory, long seed, long budgetNanos);
}
