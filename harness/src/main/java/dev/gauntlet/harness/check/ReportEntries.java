package dev.gauntlet.harness.check;

/**
 * Keys of the JUnit report entries through which a running check hands its score and figures to
 * the result collector.
 */
public final class ReportEntries {

  /** A partial-credit fraction, 0 to 1. */
  public static final String SCORE = "gauntlet.score";
  /** Why that fraction. */
  public static final String SCORE_EXPLANATION = "gauntlet.score.explanation";
  /** Prefix of a measured figure: {@code gauntlet.metric.<name>}. */
  public static final String METRIC_PREFIX = "gauntlet.metric.";
  /**
   * What the check ran against (e.g. {@code MariaDB 10.11 at localhost:3306}); it reaches the
   * report as the system's backend, through the reserved metric name {@code backend}.
   */
  public static final String BACKEND = METRIC_PREFIX + "backend";

  /**
   * Why the check left its JVM unfit to grade more checks (a thread still running, the heap used
   * up): the worker reports the result, then hands the remaining checks to a fresh JVM.
   */
  public static final String UNFIT = "gauntlet.unfit";

  private ReportEntries() {}
}
