package dev.gauntlet.harness.run;

/** Receives checks as they start and finish. Called on the thread that runs the checks. */
public interface CheckListener {

  /** Called when a check starts. */
  default void started(CheckDescriptor check) {}

  /** Called once per check with its result, as soon as it is known. */
  void finished(CheckResult result);
}
