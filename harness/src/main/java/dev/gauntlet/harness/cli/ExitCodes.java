package dev.gauntlet.harness.cli;

/** The exit codes of {@code gauntlet}, as documented in its help. */
public final class ExitCodes {

  /** Every graded check passed. */
  public static final int ALL_PASSED = 0;
  /**
   * Grading finished; some checks did not pass. Contained hostility (a check that hangs,
   * exhausts the heap, exits the JVM or leaves threads) counts here: that check fails, a fresh
   * worker grades the rest, and every check gets a verdict.
   */
  public static final int SOME_FAILED = 1;
  /** Bad input: usage, a candidate that cannot be found or loaded, an unknown id, a bad rubric. */
  public static final int BAD_INPUT = 2;
  /** The run was cut short: some checks got no verdict (time ran out, or no worker could run). */
  public static final int CUT_SHORT = 3;
  /** Gauntlet itself failed: a bug to report. */
  public static final int INTERNAL_ERROR = 4;

  // The lines --help shows, one constant each so that annotations can list them.
  static final String HELP_0 = "0:every graded check passed";
  static final String HELP_1 = "1:grading finished and some checks did not pass (also when a"
      + " check timed out, ran out of memory, exited the JVM or left threads running: that check"
      + " fails and a fresh worker grades the rest)";
  static final String HELP_2 = "2:bad input: usage, a candidate that cannot be found or loaded,"
      + " an unknown system or check, a malformed rubric";
  static final String HELP_3 = "3:the run was cut short: some checks were not reached (the"
      + " --timeout ran out, or a worker died before its first check); the report holds what"
      + " finished";
  static final String HELP_4 = "4:Gauntlet itself failed (rerun with --verbose, report the trace)";

  private ExitCodes() {}
}
