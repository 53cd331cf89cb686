package dev.gauntlet.harness.formats;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.FailureReport;
import java.util.ArrayList;
import java.util.List;

/** How every view explains a check short of full marks, in the same words. */
final class Failures {

  private Failures() {}

  /** Returns whether {@code check} earned less than full points and should be explained. */
  static boolean explained(CheckReport check) {
    return check.failure() != null && !"passed".equals(check.status());
  }

  /** Returns whether replaying {@code check} teaches anything ("not implemented" does not). */
  static boolean replayable(CheckReport check) {
    return check.failure() != null && check.failure().replay() != null
        && !"not implemented".equals(check.status()) && !"not reached".equals(check.status());
  }

  /** Returns the plain-text explanation: message, expected and observed, scenario, replay. */
  static String text(CheckReport check) {
    List<String> lines = new ArrayList<>();
    lines.add(check.message());
    FailureReport f = check.failure();
    if (f != null) {
      if (f.guarantee() != null) {
        lines.add("guarantee: " + f.guarantee());
      }
      if (f.expected() != null || f.observed() != null) {
        lines.add("expected: " + f.expected());
        lines.add("observed: " + f.observed());
      }
      if (f.steps() != null && !f.steps().isEmpty()) {
        lines.add("smallest failing scenario:");
        f.steps().forEach(step -> lines.add("  " + step));
      }
      if (replayable(check)) {
        lines.add("replay: " + f.replay());
      }
    }
    return String.join("\n", lines);
  }
}
