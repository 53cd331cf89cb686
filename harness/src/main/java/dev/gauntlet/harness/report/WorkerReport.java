package dev.gauntlet.harness.report;

import java.util.List;

/**
 * How a system's workers ended.
 *
 * @param state {@code completed}, {@code candidate error}, {@code crashed} or {@code timed out}
 * @param exitCode the exit status of its last worker
 * @param log its first worker's log file, relative to the run folder
 * @param candidateError why the candidate could not be loaded, if it could not
 * @param restarts the fresh workers started after checks that ended or overran theirs
 */
public record WorkerReport(String state, int exitCode, String log, String candidateError,
    List<RestartReport> restarts) {

  public WorkerReport {
    restarts = restarts == null ? List.of() : List.copyOf(restarts);
  }

  /** A worker that was never replaced. */
  public WorkerReport(String state, int exitCode, String log, String candidateError) {
    this(state, exitCode, log, candidateError, List.of());
  }
}
