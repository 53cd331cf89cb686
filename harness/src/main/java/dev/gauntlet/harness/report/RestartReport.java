package dev.gauntlet.harness.report;

/**
 * A fresh worker started after a check ended or overran the one before.
 *
 * @param afterCheck the check after which the old worker stopped; null if none was running
 * @param reason why it stopped, in one line
 * @param log the new worker's log file, relative to the run folder
 */
public record RestartReport(String afterCheck, String reason, String log) {}
