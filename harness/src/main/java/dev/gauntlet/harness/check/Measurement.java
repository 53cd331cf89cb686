package dev.gauntlet.harness.check;

/**
 * What one timed round of a workload did.
 *
 * @param operations operations completed in the round
 * @param nanos real time the round took
 */
public record Measurement(long operations, long nanos) {

  /** Returns the round's throughput. */
  public double opsPerSecond() {
    return nanos == 0 ? 0 : operations * 1e9 / nanos;
  }
}
