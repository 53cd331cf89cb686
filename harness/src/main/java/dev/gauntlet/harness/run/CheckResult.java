package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.guard.Verdict;
import java.util.List;
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

  /**
   * Returns the result of a check that the worker could not finish itself, because the candidate
   * ended or overran the JVM while it ran; the parent or the worker's watch says what happened.
   *
   * @param check the check
   * @param verdict what the candidate did
   * @param message the verdict in one line
   * @param expected what the guarantee required
   * @param observed what happened instead
   */
  public static CheckResult contained(CheckDescriptor check, Verdict verdict, String message,
      String expected, String observed) {
    return new CheckResult(check.id(), check.system(), check.suite(), check.title(),
        check.category(), verdict == Verdict.TIMED_OUT ? CheckStatus.TIMED_OUT
            : CheckStatus.FAILED, 0, message, 0, Map.of(),
        new Failure(verdict.guarantee(), expected, observed, List.of(), 0, 0, 0, null, null));
  }
}
