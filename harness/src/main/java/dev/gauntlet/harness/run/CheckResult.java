package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.Category;
import java.util.Map;

/**
 * The outcome of one check, as the worker streams it to the parent.
 *
 * @param id the check's id
 * @param system the system's id
 * @param suite the suite's name
 * @param title the guarantee, in one line
 * @param category where its points count
 * @param status how it ended
 * @param fraction the share of its points it earned, 0 to 1
 * @param message one line saying what happened
 * @param durationMillis real time it took
 * @param metrics figures it measured, by name ("1.23 ratio")
 * @param failure why it failed; null unless it failed or timed out
 */
public record CheckResult(String id, String system, String suite, String title,
    Category category, CheckStatus status, double fraction, String message, long durationMillis,
    Map<String, String> metrics, Failure failure) {

  /** Returns the result of a check that never ran, with the reason. */
  public static CheckResult notRun(CheckDescriptor check, CheckStatus status, String why) {
    return new CheckResult(check.id(), check.system(), check.suite(), check.title(),
        check.category(), status, 0, why, 0, Map.of(), null);
  }
}
