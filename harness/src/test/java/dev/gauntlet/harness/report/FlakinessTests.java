package dev.gauntlet.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlakinessTests {

  private static RunReport run(long seed, String status) {
    CheckReport check = new CheckReport("cache.x", "s", "t", "correctness", status,
        status.equals("passed") ? 1 : 0, 1, "m" + seed, 1, Map.of(),
        status.equals("passed") || status.equals("skipped") ? null
            : new FailureReport(null, null, null, List.of(), null, null, null, null, null,
                "replay " + seed), "visible");
    SystemReport system = new SystemReport("cache", "c", 0, 1, 0, Map.of(), 1, null,
        List.of(check), "sim");
    return new RunReport(RunReport.SCHEMA, "v", "r", "t", seed, null, "c", "d", null, 0, "o",
        List.of(system), Map.of(), Total.ZERO, 0, 1, null, null, "default");
  }

  @Test
  void countsPassesListsFailingSeedsAndKeepsUnknownApart() {
    Flakiness f = Flakiness.of(List.of(run(1, "passed"), run(2, "failed"), run(3, "unknown"),
        run(4, "passed"), run(5, "skipped")));
    Flakiness.CheckRuns x = f.checks().get(0);
    assertEquals(4, x.runs(), "a skipped run counts nowhere");
    assertEquals(2, x.passed());
    assertEquals(0.5, x.passRate());
    assertEquals(List.of(3L), x.unknown());
    assertEquals(1, x.failures().size());
    assertEquals(2L, x.failures().get(0).seed());
    assertEquals("replay 2", x.failures().get(0).replay());
    assertTrue(x.flaky());
    assertFalse(Flakiness.of(List.of(run(1, "unknown"))).checks().get(0).flaky());
  }
}
