package dev.gauntlet.harness.systems.objectstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;

/** Grades planted object store bugs in process and says how they were caught. */
final class Planted {

  private Planted() {}

  static CheckResult grade(Class<?> factory, String check) {
    return InProcessGrading.of("objectstore", factory)
        .baseline(ReferenceObjectStoreFactory.class).check(check);
  }

  /** Asserts that {@code check} fails {@code bug} with a message naming {@code guarantee}. */
  static CheckResult assertCaught(Class<?> bug, String check, String guarantee) {
    CheckResult result = grade(bug, check);
    assertEquals(CheckStatus.FAILED, result.status(), () -> bug.getSimpleName() + ": "
        + result.message());
    assertTrue(result.message().contains(guarantee), () -> "message should name \"" + guarantee
        + "\": " + result.message());
    StringBuilder shown = new StringBuilder(check + " catches " + bug.getSimpleName() + ": "
        + result.message());
    if (result.failure() != null && result.failure().steps() != null
        && !result.failure().steps().isEmpty()) {
      shown.append("\n  (shrunk from ").append(result.failure().originalSteps())
          .append(" steps)\n").append(String.join("\n", result.failure().steps()));
    }
    System.out.println(shown);
    return result;
  }
}
