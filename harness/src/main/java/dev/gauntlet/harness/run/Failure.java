package dev.gauntlet.harness.run;

import java.util.List;

/**
 * Why a check failed, structured so that reports can show it without parsing messages.
 *
 * @param guarantee the guarantee that broke, when the check named one
 * @param expected what the guarantee required, when there is a single value
 * @param observed what the candidate did instead
 * @param steps the smallest failing scenario, one rendered step per line; empty when the check
 *     is not a scenario
 * @param checkSeed the seed the check ran with (derived from the run's seed and the check id)
 * @param originalSteps steps in the first failing scenario, before shrinking; 0 if none
 * @param shrinkReplays scenarios replayed while shrinking
 * @param exception the class of what was thrown
 * @param stackTrace the first frames of what was thrown, for candidates' own exceptions
 */
public record Failure(String guarantee, String expected, String observed, List<String> steps,
    long checkSeed, int originalSteps, int shrinkReplays, String exception, String stackTrace) {}
