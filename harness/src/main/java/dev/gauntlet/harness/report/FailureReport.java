package dev.gauntlet.harness.report;

import java.util.List;

/**
 * Why a check did not earn full points, and how to replay it.
 *
 * @param guarantee the guarantee that broke, when the check named one
 * @param expected what the guarantee required
 * @param observed what the candidate did instead
 * @param steps the smallest failing scenario, one numbered step per entry
 * @param checkSeed the seed the check ran with
 * @param originalSteps steps in the first failing scenario, before shrinking
 * @param shrinkReplays scenarios replayed while shrinking
 * @param exception the class of what was thrown
 * @param stackTrace the first frames of a candidate's own exception
 * @param replay the command that runs this check alone with the same seed
 */
public record FailureReport(String guarantee, String expected, String observed,
    List<String> steps, Long checkSeed, Integer originalSteps, Integer shrinkReplays,
    String exception, String stackTrace, String replay) {}
