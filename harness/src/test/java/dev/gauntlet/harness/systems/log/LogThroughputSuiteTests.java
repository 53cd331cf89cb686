package dev.gauntlet.harness.systems.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.Workloads;
import dev.gauntlet.harness.systems.log.bugs.OneRecordFollowerFetch;
import dev.gauntlet.harness.systems.log.bugs.RewritesLogOnAppend;
import dev.gauntlet.harness.systems.log.bugs.ScansLogOnFetch;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import org.junit.jupiter.api.Test;

class LogThroughputSuiteTests {

  private static CheckResult grade(Class<?> factory, String check) {
    CheckResult result = InProcessGrading.of("log", factory)
        .baseline(ReferenceLogFactory.class).check(check);
    System.out.println(factory.getSimpleName() + " / " + check + ": " + result.status() + " "
        + result.metrics() + " " + result.message() + " (" + result.durationMillis() + " ms)");
    return result;
  }

  private static void assertSlow(Class<?> bug, String check) {
    CheckResult result = grade(bug, check);
    assertTrue(result.status() == CheckStatus.FAILED || result.status() == CheckStatus.PARTIAL,
        result::message);
    double ratio = Double.parseDouble(result.metrics().get("throughput-ratio").split(" ")[0]);
    assertTrue(ratio < 0.5, result::message);
    assertTrue(result.message().contains("of the reference's"), result::message);
  }

  @Test
  void theWorkloadsAreRegistered() {
    for (String id : new String[] {"log.produce-acks1", "log.produce-acks-all", "log.fetch"}) {
      assertTrue(Workloads.byId(id).isPresent(), id);
    }
  }

  @Test
  void referenceAgainstItselfGetsFullMarks() {
    assertEquals(CheckStatus.PASSED, grade(ReferenceLogFactory.class, "log.perf.fetch").status());
  }

  @Test
  void produceCatchesALogRewrittenOnEveryAppend() {
    assertSlow(RewritesLogOnAppend.class, "log.perf.produce-acks1");
  }

  @Test
  void acksAllCatchesOneRecordFollowerFetches() {
    assertSlow(OneRecordFollowerFetch.class, "log.perf.produce-acks-all");
  }

  @Test
  void fetchCatchesALogScannedFromTheStart() {
    assertSlow(ScansLogOnFetch.class, "log.perf.fetch");
  }
}
