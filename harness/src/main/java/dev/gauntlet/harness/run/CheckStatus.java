package dev.gauntlet.harness.run;

/** How one check ended. */
public enum CheckStatus {
  /** The guarantee held: full points. */
  PASSED,
  /** Part of the points, e.g. a throughput ratio between the thresholds. */
  PARTIAL,
  /** The guarantee broke, or the candidate threw: no points. */
  FAILED,
  /** The candidate threw UnsupportedOperationException: a method still to write. */
  NOT_IMPLEMENTED,
  /** The check ran past its time limit. */
  TIMED_OUT,
  /**
   * The check could neither pass nor fail (it threw {@code Inconclusive}, e.g. a checker that
   * gave up): no points, and never reported as passed.
   */
  UNKNOWN,
  /** The check could not run here (e.g. no Docker engine); it counts towards no total. */
  SKIPPED,
  /** The worker died or hung before reaching the check. */
  NOT_REACHED;

  /** Returns the lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
