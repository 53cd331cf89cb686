package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.design.DesignRule;
import dev.gauntlet.harness.design.DesignRules;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.cache.bugs.design.clean.StandAloneParts;
import dev.gauntlet.harness.systems.cache.bugs.design.exit.GivingUpStore;
import dev.gauntlet.harness.systems.cache.bugs.design.filelog.FileLoggingClient;
import dev.gauntlet.harness.systems.cache.bugs.design.harnessclock.HarnessClockStore;
import dev.gauntlet.harness.systems.cache.bugs.design.reflection.GraderDetectingFactory;
import dev.gauntlet.harness.systems.cache.bugs.design.staticring.StaticMembershipRing;
import dev.gauntlet.harness.systems.cache.bugs.design.threads.SweeperStore;
import dev.gauntlet.harness.systems.cache.bugs.design.wallclock.WallClockTtl;
import dev.gauntlet.harness.testing.DesignSuiteGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.student.cache.StudentCacheFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each design check catches the planted design bug meant for it and only that one; the reference
 * and the bugs' base pass them all; the empty template earns none of their points.
 */
class CacheDesignSuiteTests {

  private static final List<String> CHECKS = List.of("cache.design.no-wall-clock",
      "cache.design.no-static-state", "cache.design.no-reflection", "cache.design.no-io",
      "cache.design.specs-only", "cache.design.no-exit", "cache.design.no-threads");

  private static final DesignSuiteGrading GRADING = new DesignSuiteGrading("cache", CHECKS);

  @Test
  void noWallClockCatchesATtlTimedBySystemCurrentTimeMillis() {
    String message = onlyFailure(WallClockTtl.class, "cache.design.no-wall-clock",
        DesignRules::noWallClock);
    assertTrue(message.contains("WallClockTtl.newNodeStore"), message);
    assertTrue(message.contains("System.currentTimeMillis()"), message);
  }

  @Test
  void noStaticStateCatchesARingWhoseMembersLiveInAStaticMap() {
    String message = onlyFailure(StaticMembershipRing.class, "cache.design.no-static-state",
        DesignRules::noStaticMutableState);
    assertTrue(message.contains("StaticMembershipRing$MembersInStaticMap.MEMBERS"), message);
  }

  @Test
  void noReflectionCatchesAFactoryThatLooksForTheGrader() {
    String message = onlyFailure(GraderDetectingFactory.class, "cache.design.no-reflection",
        DesignRules::noReflection);
    assertTrue(message.contains("GraderDetectingFactory.underGrader"), message);
  }

  @Test
  void noIoCatchesAClientLoggingToAFile() {
    String message = onlyFailure(FileLoggingClient.class, "cache.design.no-io",
        DesignRules::noProcessesFilesOrSockets);
    assertTrue(message.contains("FileLoggingClient$1.put"), message);
  }

  @Test
  void specsOnlyCatchesAStoreUsingTheHarnesssVirtualClock() {
    String message = onlyFailure(HarnessClockStore.class, "cache.design.specs-only",
        DesignRules::noHarnessDependency);
    assertTrue(message.contains("HarnessClockStore.newNodeStore"), message);
    assertTrue(message.contains("VirtualClock"), message);
  }

  @Test
  void noExitCatchesAStoreThatGivesUpWithSystemExit() {
    String message = onlyFailure(GivingUpStore.class, "cache.design.no-exit",
        DesignRules::noExit);
    assertTrue(message.contains("GivingUpStore$1.put"), message);
    assertTrue(message.contains("System.exit(int)"), message);
  }

  @Test
  void noThreadsCatchesAStoreSweepingOnABackgroundThread() {
    String message = onlyFailure(SweeperStore.class, "cache.design.no-threads",
        DesignRules::noThreads);
    assertTrue(message.contains("SweeperStore$1.put"), message);
    assertTrue(message.contains("Executors.newSingleThreadScheduledExecutor()"), message);
  }

  @Test
  void theBugsBaseBreaksNoRule() {
    assertAll(StandAloneParts.class, CheckStatus.PASSED);
  }

  @Test
  void theReferenceBreaksNoRule() {
    assertAll(ReferenceCacheFactory.class, CheckStatus.PASSED);
  }

  @Test
  void theTemplateEarnsNoDesignPoints() {
    Map<String, CheckResult> results = assertAll(StudentCacheFactory.class,
        CheckStatus.NOT_IMPLEMENTED);
    results.values().forEach(r -> assertTrue(r.message().contains("newNodeStore"), r.message()));
  }

  /** Grades {@code bug} on every design check: only {@code checkId} fails; returns its message. */
  private static String onlyFailure(Class<?> bug, String checkId, Supplier<DesignRule> rule) {
    CheckResult failed = GRADING.onlyFailure(bug, checkId, rule);
    return failed.message();
  }

  private static Map<String, CheckResult> assertAll(Class<?> factory, CheckStatus status) {
    return GRADING.assertAll(factory, status);
  }
}
