package dev.gauntlet.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.rubric.Rubrics;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTests {

  private final Map<String, CheckDescriptor> checks = Map.of(
      "a", check("a", Category.CORRECTNESS, 10), "b", check("b", Category.PERFORMANCE, 10),
      "c", check("c", Category.CORRECTNESS, 5), "d", check("d", Category.FAULT_TOLERANCE, 4));
  private final Scoring scoring = new Scoring(Rubrics.defaults(), checks, id -> "replay " + id);

  @Test
  void pointsAreTheFractionEarnedAndSkippedChecksCountNowhere() {
    List<CheckReport> reports = List.of(
        scoring.check(result("a", CheckStatus.PASSED, 1)),
        scoring.check(result("b", CheckStatus.PARTIAL, 0.25)),
        scoring.check(result("c", CheckStatus.NOT_IMPLEMENTED, 0)),
        scoring.check(result("d", CheckStatus.SKIPPED, 0)));

    assertEquals(List.of(10.0, 2.5, 0.0, 0.0), reports.stream().map(CheckReport::points).toList());
    assertEquals(Total.of(12.5, 25), Scoring.total(reports));
    assertEquals(50.0, Scoring.total(reports).percent());
    assertEquals(Map.of("correctness", Total.of(10, 15), "performance", Total.of(2.5, 10)),
        Scoring.byCategory(reports));
  }

  @Test
  void everyCheckShortOfFullMarksCarriesItsReplayCommand() {
    assertNull(scoring.check(result("a", CheckStatus.PASSED, 1)).failure());
    assertEquals("replay b", scoring.check(result("b", CheckStatus.PARTIAL, 0.5)).failure().replay());
    assertEquals("replay c",
        scoring.check(result("c", CheckStatus.NOT_IMPLEMENTED, 0)).failure().replay());
    assertNull(scoring.check(result("d", CheckStatus.SKIPPED, 0)).failure());
  }

  @Test
  void anUnknownCheckCountsAndEarnsNothing() {
    CheckReport unknown = scoring.check(result("a", CheckStatus.UNKNOWN, 1));
    assertEquals("unknown", unknown.status());
    assertEquals(0.0, unknown.points());
    assertEquals(10, unknown.maxPoints());
    assertFalse(unknown.passed());
    assertEquals("replay a", unknown.failure().replay());
  }

  @Test
  void theRubricDecidesCategoryAndVisibility() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("rubric", ".yaml");
    java.nio.file.Files.writeString(file, "schema: 1\nchecks:\n  a: {category: design,"
        + " visibility: hidden, points: 3}\n");
    Scoring byRubric = new Scoring(Rubrics.load(file, checks.values()), checks, id -> "r");
    CheckReport a = byRubric.check(result("a", CheckStatus.PASSED, 1));
    assertEquals("design", a.category());
    assertEquals("hidden", a.visibility());
    assertEquals(3.0, a.points());
    assertEquals("visible", byRubric.check(result("b", CheckStatus.PASSED, 1)).visibility());
    java.nio.file.Files.delete(file);
  }

  @Test
  void theBackendAChecksNamesIsTheSystemsAndNotAFigure() {
    CheckResult withBackend = new CheckResult("a", "cache", "s", "t", Category.CORRECTNESS,
        CheckStatus.PASSED, 1, "m", 1, Map.of("backend", "MariaDB 10.11", "rows", "3.0 rows"),
        null);
    assertEquals("MariaDB 10.11", Scoring.backend(List.of(result("b", CheckStatus.PASSED, 1),
        withBackend)));
    assertEquals(Scoring.SIMULATION, Scoring.backend(List.of(result("b", CheckStatus.PASSED, 1))));
    assertEquals(Map.of("rows", "3.0 rows"), scoring.check(withBackend).metrics());
  }

  private static CheckDescriptor check(String id, Category category, int points) {
    return new CheckDescriptor(id, "cache", "s", "t", category, points, "C", "m");
  }

  private CheckResult result(String id, CheckStatus status, double fraction) {
    CheckDescriptor c = checks.get(id);
    return new CheckResult(id, "cache", "s", "t", c.category(), status, fraction, "m", 1,
        Map.of(), null);
  }
}
