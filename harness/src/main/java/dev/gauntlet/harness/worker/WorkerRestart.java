package dev.gauntlet.harness.worker;

/**
 * A fresh worker started for the checks left after one that made its worker unfit or ended it.
 *
 * @param afterCheck the check after which the old worker stopped; null if none was running
 * @param reason why it stopped, in one line
 * @param log the new worker's log file, relative to the run folder
 */
public record WorkerRestart(String afterCheck, String reason, String log) {}
