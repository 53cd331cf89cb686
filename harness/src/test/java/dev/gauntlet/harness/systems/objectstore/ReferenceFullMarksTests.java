package dev.gauntlet.harness.systems.objectstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceFullMarksTests {

  @Test
  void referencePassesEveryCheck() {
    Map<String, CheckResult> results = InProcessGrading.of("objectstore",
        ReferenceObjectStoreFactory.class).baseline(ReferenceObjectStoreFactory.class).run();
    results.values().forEach(r -> {
      System.out.println(r.id() + ": " + r.status() + " " + r.durationMillis() + " ms "
          + r.metrics() + " " + r.message());
      if (r.failure() != null && r.failure().steps() != null) {
        System.out.println(String.join("\n", r.failure().steps()));
      }
    });
    results.values().forEach(r -> assertEquals(CheckStatus.PASSED, r.status(),
        () -> r.id() + ": " + r.message()));
  }
}
