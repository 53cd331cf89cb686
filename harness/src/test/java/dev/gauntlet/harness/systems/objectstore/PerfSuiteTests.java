package dev.gauntlet.harness.systems.objectstore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.Workloads;
import dev.gauntlet.harness.systems.objectstore.bugs.ScanBeforeGetFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.SlowCoderFactory;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;
import org.junit.jupiter.api.Test;

class PerfSuiteTests {

  /**
   * Shorter rounds than a real grade where a round holds thousands of operations (the bugs are
   * several times slower, not marginally); 1 MiB objects keep the real rounds, whose warm-up the
   * JIT needs.
   */
  private static CheckResult grade(Class<?> factory, String check) {
    InProcessGrading grading = InProcessGrading.of("objectstore", factory)
        .baseline(ReferenceObjectStoreFactory.class);
    if (!check.equals("objectstore.perf.large-objects")) {
      grading.setting(check, "warmUpRounds", 1).setting(check, "measuredRounds", 3)
          .setting(check, "roundMillis", 100);
    }
    return grading.check(check);
  }

  private static double ratio(CheckResult result) {
    return Double.parseDouble(result.metrics().get("throughput-ratio").split(" ")[0]);
  }

  private static void assertBelowFullMarks(Class<?> bug, String check) {
    CheckResult result = grade(bug, check);
    System.out.println(check + " scores " + bug.getSimpleName() + ": " + result.status() + " "
        + result.metrics() + " " + result.message());
    assertTrue(result.status() == CheckStatus.FAILED || result.status() == CheckStatus.PARTIAL,
        result::message);
    assertTrue(result.message().contains("of the reference's"), result::message);
  }

  @Test
  void theWorkloadsAreRegistered() {
    for (String id : new String[] {"objectstore.put-1mib", "objectstore.get-1mib",
        "objectstore.small", "objectstore.encode"}) {
      assertTrue(Workloads.byId(id).isPresent(), id);
    }
  }

  @Test
  void encodeAndLargeObjectsScoreABitwiseMultiplyBelowFullMarks() {
    assertBelowFullMarks(SlowCoderFactory.class, "objectstore.perf.encode");
    assertBelowFullMarks(SlowCoderFactory.class, "objectstore.perf.large-objects");
  }

  @Test
  void smallObjectsScoreAScanPerGetBelowFullMarks() {
    assertBelowFullMarks(ScanBeforeGetFactory.class, "objectstore.perf.small-objects");
  }

  @Test
  void encodeReportsHadoopsEncoderBesideTheReferences() {
    CheckResult result = grade(ReferenceObjectStoreFactory.class, "objectstore.perf.encode");
    assertTrue(result.metrics().containsKey("hadoop-rs-encode-mb-per-s"), result::message);
    assertTrue(result.metrics().containsKey("reference-encode-mb-per-s"), result::message);
    assertTrue(ratio(result) > 0, result::message);
  }
}
