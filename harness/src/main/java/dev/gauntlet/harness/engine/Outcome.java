package dev.gauntlet.harness.engine;

/**
 * The result of running a property.
 *
 * @param passed whether every example passed
 * @param examplesRun how many examples ran, the failing one included
 * @param failure the minimal failing scenario, or {@code null} when the property passed
 */
public record Outcome(boolean passed, int examplesRun, ScenarioFailure failure) {}
