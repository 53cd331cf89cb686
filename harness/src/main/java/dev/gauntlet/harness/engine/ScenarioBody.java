package dev.gauntlet.harness.engine;

/**
 * The body of a property: draws its inputs from the scenario and records its steps.
 *
 * <p>Any {@link Throwable} it throws is a failure. It must be deterministic given its choices:
 * read randomness, time and sizes only from the {@link Scenario}, so that shrinking and replay
 * see the same run for the same choices.
 */
@FunctionalInterface
public interface ScenarioBody {

  /**
   * Runs one test case.
   *
   * @param scenario the source of this test case's choices and the log of its steps
   * @throws Exception when the property does not hold (any throwable counts as a failure)
   */
  void run(Scenario scenario) throws Exception;
}
