package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.guard.Verdict;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import java.util.Map;

/**
 * Explains how a worker that stopped without finishing ended, for the check it was running: the
 * candidate exited or halted the JVM, the heap ran out, a signal killed it, or the time ran out.
 */
final class WorkerEnd {

  private static final Map<Integer, String> SIGNALS = Map.of(6, "SIGABRT: the JVM crashed",
      9, "SIGKILL", 11, "SIGSEGV: the JVM crashed", 15, "SIGTERM");

  private WorkerEnd() {}

  /**
   * Returns how {@code run} ended, in one line, e.g. {@code the candidate exited the JVM
   * (System.exit(7)) in x.Y.m(Y.java:3)}.
   *
   * @param limit the system's time limit, as {@code --timeout} takes it
   */
  static String cause(WorkerRun run, String limit) {
    if (run.timedOut) {
      return "the time limit of " + limit + " for grading this system ran out";
    }
    if (run.retired != null) {
      return run.retired;
    }
    if (run.exiting != null) {
      String[] how = run.exiting.split(" ", 2);
      boolean killed = run.killed;
      return "the candidate exited the JVM (" + how[0] + (killed ? "" : "(" + run.exit + ")")
          + ")" + (how.length > 1 ? " " + how[1] : "")
          + (killed ? "; its shutdown hooks kept the JVM alive until it was killed" : "");
    }
    if (run.fatal != null && run.fatal.contains("OutOfMemoryError")) {
      return "out of memory: the worker failed with " + run.fatal;
    }
    if (run.fatal != null) {
      return "the worker failed (" + run.fatal + "; see " + run.log + ")";
    }
    if (run.exit >= 128) {
      int signal = run.exit - 128;
      return "the worker JVM was killed by signal " + signal
          + (SIGNALS.containsKey(signal) ? " (" + SIGNALS.get(signal) + ")" : "")
          + "; see " + run.log;
    }
    if (run.exit >= 0) {
      return "the candidate halted the JVM (Runtime.halt(" + run.exit + "): no shutdown hooks"
          + " ran, no exit was witnessed)";
    }
    return "the worker did not start (see " + run.log + ")";
  }

  /** Returns the result of the check {@code run} was running when it ended. */
  static CheckResult during(CheckDescriptor check, WorkerRun run, String limit) {
    String cause = cause(run, limit);
    if (run.timedOut) {
      return CheckResult.notRun(check, CheckStatus.TIMED_OUT, cause + " during this check");
    }
    if (run.exiting != null || run.fatal == null && run.exit >= 0 && run.exit < 128) {
      return CheckResult.contained(check, Verdict.EXITED, cause, "the JVM still running",
          run.exiting != null ? run.exiting : "exit status " + run.exit + ", no exit call seen");
    }
    if (run.fatal != null && run.fatal.contains("OutOfMemoryError")) {
      return CheckResult.contained(check, Verdict.OUT_OF_MEMORY, cause,
          "to run within the worker's heap", run.fatal);
    }
    if (run.exit >= 128) {
      return CheckResult.contained(check, Verdict.WORKER_KILLED, cause + " during this check",
          "the worker alive", "exit status " + run.exit);
    }
    return CheckResult.notRun(check, CheckStatus.FAILED, cause + " during this check");
  }
}
