package dev.gauntlet.harness.systems.objectstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;
import org.junit.jupiter.api.Test;

class ApiSuiteTests {

  @Test
  void referencePassesEveryApiCheck() {
    for (String check : new String[] {"objectstore.api.model", "objectstore.api.listing",
        "objectstore.api.multipart", "objectstore.api.ranges", "objectstore.api.conditional"}) {
      CheckResult result = InProcessGrading.of("objectstore", ReferenceObjectStoreFactory.class)
          .check(check);
      System.out.println(check + ": " + result.status() + " " + result.durationMillis() + " ms "
          + result.message());
      if (result.failure() != null) {
        System.out.println(String.join("\n", result.failure().steps()));
      }
      assertEquals(CheckStatus.PASSED, result.status(), () -> check + ": " + result.message());
    }
  }
}
