package dev.gauntlet.harness.cli;

/** The exit codes of {@code gauntlet}, as documented in its help. */
public final class ExitCodes {

  /** Every graded check passed. */
  public static final int ALL_PASSED = 0;
  /** Grading finished; some checks did not pass. */
  public static final int SOME_FAILED = 1;
  /** Bad input: usage, a candidate that cannot be found or loaded, an unknown id, a bad rubric. */
  public static final int BAD_INPUT = 2;
  /** The run was cut short: a worker crashed or hit its time limit. */
  public static final int CUT_SHORT = 3;
  /** Gauntlet itself failed: a bug to report. */
  public static final int INTERNAL_ERROR = 4;

  // The lines --help shows, one constant each so that annotations can list them.
  static final String HELP_0 = "0:every graded check passed";
  static final String HELP_1 = "1:grading finished and some checks did not pass";
  static final String HELP_2 = "2:bad input: usage, a candidate that cannot be found or loaded,"
      + " an unknown system or check, a malformed rubric";
  static final String HELP_3 = "3:the run was cut short (a worker crashed or hit its time limit);"
      + " the report holds what finished";
  static final String HELP_4 = "4:Gauntlet itself failed (rerun with --verbose, report the trace)";

  private ExitCodes() {}
}
