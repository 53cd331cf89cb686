package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.cache.bugs.JoinOrderInNames;
import dev.gauntlet.harness.systems.cache.bugs.LinearScanLookup;
import dev.gauntlet.harness.systems.cache.bugs.ModuloHashing;
import dev.gauntlet.harness.systems.cache.bugs.OneVirtualNode;
import dev.gauntlet.harness.systems.cache.bugs.ReplicasRepeatNodes;
import dev.gauntlet.harness.systems.cache.bugs.StringHashCodePositions;
import dev.gauntlet.harness.testing.InProcessGrading;
import org.junit.jupiter.api.Test;

/** Each ring check catches the planted ring bug meant for it, naming the broken guarantee. */
class RingSuiteTests {

  @Test
  void placementCatchesVirtualNodesNamedByJoinOrder() {
    assertGuarantee(JoinOrderInNames.class, "cache.ring.placement", RingScenarios.PLACEMENT);
  }

  @Test
  void monotonicityCatchesModuloHashing() {
    CheckResult result = failed(ModuloHashing.class, "cache.ring.monotonicity");
    String guarantee = result.failure().guarantee();
    assertEquals(true, guarantee.equals(RingScenarios.JOIN) || guarantee.equals(RingScenarios.LEAVE),
        guarantee);
  }

  @Test
  void movementCatchesClumpedStringHashCodePositions() {
    assertGuarantee(StringHashCodePositions.class, "cache.ring.movement", RingLoadSuite.MOVEMENT);
  }

  @Test
  void balanceCatchesOneVirtualNodePerNode() {
    assertGuarantee(OneVirtualNode.class, "cache.ring.balance", RingLoadSuite.BALANCE);
  }

  @Test
  void replicasCatchesRepeatedPhysicalNodes() {
    assertGuarantee(ReplicasRepeatNodes.class, "cache.ring.replicas", RingReplicaCases.DISTINCT);
  }

  @Test
  void lookupCostCatchesALinearScan() {
    CheckResult result = assertGuarantee(LinearScanLookup.class, "cache.ring.lookup-cost",
        RingLookupCostSuite.LOG_COST);
    System.out.println(result.message() + "\n" + result.metrics() + " in "
        + result.durationMillis() + " ms");
  }

  private static CheckResult assertGuarantee(Class<?> bug, String checkId, String guarantee) {
    CheckResult result = failed(bug, checkId);
    assertEquals(guarantee, result.failure().guarantee(), result.message());
    return result;
  }

  private static CheckResult failed(Class<?> bug, String checkId) {
    CheckResult result = InProcessGrading.of("cache", bug).check(checkId);
    System.out.println(checkId + " on " + bug.getSimpleName() + ": " + result.message());
    assertEquals(CheckStatus.FAILED, result.status(), bug.getSimpleName() + ": " + result.message());
    assertNotNull(result.failure(), result.message());
    return result;
  }
}
