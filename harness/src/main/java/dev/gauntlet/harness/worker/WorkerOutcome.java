package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.run.CheckResult;
import java.util.List;

/**
 * What the candidate's workers for one system did: the first, and the fresh ones started after
 * checks that ended or overran theirs.
 *
 * @param state how the grading of the system ended
 * @param exitCode the exit status of its last worker; -1 if none started
 * @param candidateError why the candidate could not be loaded, when {@code state} says so
 * @param results one result per check asked for, in plan order, including those the worker
 *     never reported (failed, timed out or not reached, with the cause)
 * @param durationMillis real time from the first worker's start to the last one's exit
 * @param log the first worker's log file, relative to the run folder
 * @param restarts the fresh workers started after the first, in order
 */
public record WorkerOutcome(State state, int exitCode, String candidateError,
    List<CheckResult> results, long durationMillis, String log, List<WorkerRestart> restarts) {

  public WorkerOutcome {
    restarts = List.copyOf(restarts);
  }

  /** How the grading of a system ended. */
  public enum State {
    /** Every check got a verdict, with or without fresh workers. */
    COMPLETED,
    /** The candidate could not be loaded; no check ran. */
    CANDIDATE_ERROR,
    /** A worker died where a fresh one could not help (before any check); some not reached. */
    CRASHED,
    /** The system's wall-clock limit ran out; the checks left were not reached. */
    TIMED_OUT
  }

  /** Returns whether the run was cut short. */
  public boolean cutShort() {
    return state == State.CRASHED || state == State.TIMED_OUT;
  }
}
