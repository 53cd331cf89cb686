package dev.gauntlet.harness.systems.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the reference through one suite at a time, printing times; for development. */
class LogReferenceTests {

  @Test
  void referencePassesEveryCheck() {
    Map<String, CheckResult> results = InProcessGrading.of("log", ReferenceLogFactory.class)
        .baseline(ReferenceLogFactory.class).run();
    results.values().forEach(r -> System.out.println(r.id() + " " + r.status() + " "
        + r.durationMillis() + " ms " + r.metrics() + " " + r.message()));
    results.values().forEach(r -> assertEquals(CheckStatus.PASSED, r.status(),
        () -> r.id() + ": " + r.message() + (r.failure() == null ? "" : "\n"
            + String.join("\n", r.failure().steps()))));
  }
}
