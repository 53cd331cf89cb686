package dev.gauntlet.harness.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.design.DesignRule;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Grades one system's design suite, as every system's design tests do: a planted design bug
 * must fail exactly the check meant for it, with the rule's name and reason, and pass the rest.
 */
public final class DesignSuiteGrading {

  private final String system;
  private final List<String> checks;

  /** Grades the design checks {@code checks} of {@code system}. */
  public DesignSuiteGrading(String system, List<String> checks) {
    this.system = system;
    this.checks = List.copyOf(checks);
  }

  /**
   * Asserts that {@code bug} fails {@code checkId} alone, naming {@code rule} and its reason,
   * and returns that failed result.
   */
  public CheckResult onlyFailure(Class<?> bug, String checkId, Supplier<DesignRule> rule) {
    Map<String, CheckResult> results = run(bug);
    results.forEach((id, result) -> {
      CheckStatus expected = id.equals(checkId) ? CheckStatus.FAILED : CheckStatus.PASSED;
      assertEquals(expected, result.status(), bug.getSimpleName() + " on " + id + ": "
          + result.message());
    });
    CheckResult failed = results.get(checkId);
    System.out.println(checkId + " on " + bug.getSimpleName() + " (" + failed.durationMillis()
        + " ms): " + failed.message());
    assertNotNull(failed.failure(), failed.message());
    assertEquals(rule.get().name(), failed.failure().guarantee());
    assertTrue(failed.message().contains(rule.get().reason()), failed.message());
    return failed;
  }

  /** Asserts that every design check ends with {@code status} on {@code factory}. */
  public Map<String, CheckResult> assertAll(Class<?> factory, CheckStatus status) {
    Map<String, CheckResult> results = run(factory);
    results.forEach((id, result) -> {
      System.out.println(id + " on " + factory.getSimpleName() + " (" + result.durationMillis()
          + " ms): " + result.status() + " " + result.message());
      assertEquals(status, result.status(), id + ": " + result.message());
    });
    return results;
  }

  private Map<String, CheckResult> run(Class<?> factory) {
    Map<String, CheckResult> results = InProcessGrading.of(system, factory)
        .run(checks.toArray(String[]::new));
    assertEquals(checks.size(), results.size(), results.keySet().toString());
    return results;
  }
}
