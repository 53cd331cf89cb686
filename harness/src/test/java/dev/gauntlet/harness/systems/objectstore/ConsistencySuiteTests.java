package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.systems.objectstore.bugs.CachingGatewayFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.DeleteThenPutFactory;
import org.junit.jupiter.api.Test;

class ConsistencySuiteTests {

  @Test
  void readAfterWriteCatchesAGatewayCache() {
    Planted.assertCaught(CachingGatewayFactory.class, "objectstore.consistency.read-after-write",
        ConsistencySuite.READ_AFTER_WRITE);
  }

  @Test
  void noMixedOverwriteCatchesDeleteThenPut() {
    Planted.assertCaught(DeleteThenPutFactory.class,
        "objectstore.consistency.no-mixed-overwrite", OverwriteRace.GUARANTEE);
  }
}
