package dev.gauntlet.harness.run;

/** Receives checks as they start and finish. Called on the thread that runs the checks. */
public interface CheckListener {

  /** Called when a check starts. */
  default void started(CheckDescriptor check) {}

  /** Called once per check with its result, as soon as it is known. */
  void finished(CheckResult result);

  /**
   * Called right after {@link #finished} when that check left this JVM unfit to grade more checks
   * fairly (a thread of the candidate still running, the heap used up). A worker stops here and
   * the parent grades the remaining checks in a fresh one.
   *
   * @param checkId the check that just finished
   * @param reason why, in one line
   */
  default void unfit(String checkId, String reason) {}
}
