package dev.gauntlet.harness.report;

import java.util.Map;

/**
 * One check in the report.
 *
 * @param id the check's id
 * @param suite its suite
 * @param title the guarantee it holds the candidate to
 * @param category where its points count
 * @param status how it ended ({@code passed}, {@code partial}, {@code failed},
 *     {@code not implemented}, {@code timed out}, {@code unknown}, {@code skipped},
 *     {@code not reached})
 * @param points points earned
 * @param maxPoints points possible (under the rubric)
 * @param message one line saying what happened
 * @param durationMillis real time it took
 * @param metrics figures it measured
 * @param failure why it did not earn full points; null when it passed or was skipped
 * @param visibility who sees its result under the rubric: {@code visible}, {@code hidden},
 *     {@code after_due_date} or {@code after_published}
 */
public record CheckReport(String id, String suite, String title, String category, String status,
    double points, int maxPoints, String message, long durationMillis, Map<String, String> metrics,
    FailureReport failure, String visibility) {

  /** Returns whether the check earned full points. */
  public boolean passed() {
    return "passed".equals(status);
  }

  /** Returns whether the check counts towards totals (it was not skipped). */
  public boolean graded() {
    return !"skipped".equals(status);
  }
}
