package dev.gauntlet.harness.systems.log;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.design.DesignRule;
import dev.gauntlet.harness.design.DesignRules;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.log.bugs.design.borrowedlog.BorrowedPartitionLog;
import dev.gauntlet.harness.systems.log.bugs.design.clean.StandAloneLogParts;
import dev.gauntlet.harness.systems.log.bugs.design.fileio.FileBackedBroker;
import dev.gauntlet.harness.systems.log.bugs.design.reflection.GraderDetectingLogFactory;
import dev.gauntlet.harness.systems.log.bugs.design.staticlogs.StaticLogsFactory;
import dev.gauntlet.harness.systems.log.bugs.design.wallclock.WallClockHeartbeats;
import dev.gauntlet.harness.testing.DesignSuiteGrading;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.student.log.StudentLogFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each log design check catches the planted design bug meant for it and only that one; the
 * reference and the bugs' base pass them all; the template earns none of their points.
 */
class LogDesignSuiteTests {

  private static final List<String> CHECKS = List.of("log.design.no-wall-clock",
      "log.design.no-static-state", "log.design.no-reflection", "log.design.no-io",
      "log.design.specs-only");

  private static final DesignSuiteGrading GRADING = new DesignSuiteGrading("log", CHECKS);

  @Test
  void noWallClockCatchesHeartbeatsPacedByTheSystemClock() {
    String message = onlyFailure(WallClockHeartbeats.class, "log.design.no-wall-clock",
        DesignRules::noWallClock);
    assertTrue(message.contains("System.currentTimeMillis()"), message);
  }

  @Test
  void noStaticStateCatchesLogsInAStaticMap() {
    String message = onlyFailure(StaticLogsFactory.class, "log.design.no-static-state",
        DesignRules::noStaticMutableState);
    assertTrue(message.contains("SharedLogs.LOGS"), message);
  }

  @Test
  void noReflectionCatchesAFactoryThatLooksForTheGrader() {
    String message = onlyFailure(GraderDetectingLogFactory.class, "log.design.no-reflection",
        DesignRules::noReflection);
    assertTrue(message.contains("underGrader"), message);
  }

  @Test
  void noIoCatchesRecordsWrittenToRealFiles() {
    String message = onlyFailure(FileBackedBroker.class, "log.design.no-io",
        DesignRules::noProcessesFilesOrSockets);
    assertTrue(message.contains("FileBackedBroker$1.onMessage"), message);
  }

  @Test
  void specsOnlyCatchesABrokerOnTheReferencesPartitionLog() {
    String message = onlyFailure(BorrowedPartitionLog.class, "log.design.specs-only",
        DesignRules::noHarnessDependency);
    assertTrue(message.contains("PartitionLog"), message);
  }

  @Test
  void theBugsBaseBreaksNoRule() {
    assertAll(StandAloneLogParts.class, CheckStatus.PASSED);
  }

  @Test
  void theReferenceBreaksNoRule() {
    assertAll(ReferenceLogFactory.class, CheckStatus.PASSED);
  }

  @Test
  void theTemplateEarnsNoDesignPoints() {
    assertAll(StudentLogFactory.class, CheckStatus.NOT_IMPLEMENTED).values()
        .forEach(r -> assertTrue(r.message().contains("replicaState")
            && r.message().contains("TODO"), r.message()));
  }

  private static String onlyFailure(Class<?> bug, String checkId, Supplier<DesignRule> rule) {
    CheckResult failed = GRADING.onlyFailure(bug, checkId, rule);
    assertTrue(failed.message().contains(bug.getSimpleName()), failed.message());
    return failed.message();
  }

  private static Map<String, CheckResult> assertAll(Class<?> factory, CheckStatus status) {
    return GRADING.assertAll(factory, status);
  }
}
