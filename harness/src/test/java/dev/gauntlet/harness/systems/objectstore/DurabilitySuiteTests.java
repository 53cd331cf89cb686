package dev.gauntlet.harness.systems.objectstore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.systems.objectstore.bugs.NoChecksumFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.RepairDoesNothingFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.ReplicationFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.TwoShardsOnOneNodeFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.ZoneBlindFactory;
import org.junit.jupiter.api.Test;

class DurabilitySuiteTests {

  @Test
  void zoneLossCatchesPlacementThatIgnoresZones() {
    Planted.assertCaught(ZoneBlindFactory.class, "objectstore.durability.zone-loss",
        "with any one zone down every object reads back byte for byte");
  }

  @Test
  void anyMNodesCatchesTwoShardsOnOneNode() {
    Planted.assertCaught(TwoShardsOnOneNodeFactory.class, "objectstore.durability.any-m-nodes",
        DurabilitySuite.ANY_M);
  }

  @Test
  void overheadCatchesReplication() {
    CheckResult result = Planted.assertCaught(ReplicationFactory.class,
        "objectstore.durability.overhead", "stored bytes stay within 10% of (k + m) / k");
    assertTrue(result.metrics().get("storage-overhead").startsWith("3.0"), result::message);
  }

  @Test
  void bitRotCatchesAStoreWithoutChecksums() {
    Planted.assertCaught(NoChecksumFactory.class, "objectstore.durability.bit-rot",
        IntegritySuite.BIT_ROT);
  }

  @Test
  void repairCatchesARepairThatDoesNothing() {
    Planted.assertCaught(RepairDoesNothingFactory.class, "objectstore.durability.repair",
        "after repair the store again survives any m storage nodes down");
  }
}
