package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.run.CheckResult;
import java.util.List;

/**
 * What one candidate worker did.
 *
 * @param state how the worker ended
 * @param exitCode its exit status; -1 if it never started
 * @param candidateError why the candidate could not be loaded, when {@code state} says so
 * @param results one result per check asked for, in plan order, including those the worker
 *     never reported (failed, timed out or not reached, with the cause)
 * @param durationMillis real time from start to exit
 * @param log the worker's log file, relative to the run folder
 */
public record WorkerOutcome(State state, int exitCode, String candidateError,
    List<CheckResult> results, long durationMillis, String log) {

  /** How a worker ended. */
  public enum State {
    /** It ran every check and said so. */
    COMPLETED,
    /** The candidate could not be loaded; no check ran. */
    CANDIDATE_ERROR,
    /** It died before finishing (exit, crash, out of memory). */
    CRASHED,
    /** It was killed at its wall-clock limit. */
    TIMED_OUT
  }

  /** Returns whether the run was cut short. */
  public boolean cutShort() {
    return state == State.CRASHED || state == State.TIMED_OUT;
  }
}
