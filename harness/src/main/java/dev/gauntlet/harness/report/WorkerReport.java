package dev.gauntlet.harness.report;

/**
 * How a system's worker ended.
 *
 * @param state {@code completed}, {@code candidate error}, {@code crashed} or {@code timed out}
 * @param exitCode its exit status
 * @param log its log file, relative to the run folder
 * @param candidateError why the candidate could not be loaded, if it could not
 */
public record WorkerReport(String state, int exitCode, String log, String candidateError) {}
