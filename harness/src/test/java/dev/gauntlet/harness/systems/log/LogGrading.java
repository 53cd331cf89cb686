package dev.gauntlet.harness.systems.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;

/** Grades a planted bug of the log and asserts the check catches it, naming the guarantee. */
final class LogGrading {

  private LogGrading() {}

  static CheckResult grade(Class<?> factory, String check) {
    return InProcessGrading.of("log", factory).check(check);
  }

  static CheckResult assertCaught(Class<?> bug, String check, String guarantee) {
    CheckResult result = grade(bug, check);
    System.out.println(bug.getSimpleName() + " / " + check + ": " + result.status() + " in "
        + result.durationMillis() + " ms: " + result.message()
        + (result.failure() == null ? "" : "\n  " + String.join("\n  ",
            result.failure().steps())));
    assertEquals(CheckStatus.FAILED, result.status(), result::message);
    assertTrue(result.message().contains(guarantee),
        () -> "message should name \"" + guarantee + "\": " + result.message());
    return result;
  }
}
