package dev.gauntlet.harness.systems.objectstore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.design.DesignRule;
import dev.gauntlet.harness.design.DesignRules;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.objectstore.bugs.design.clean.StandAloneStoreParts;
import dev.gauntlet.harness.systems.objectstore.bugs.design.fileio.FileBackedGateway;
import dev.gauntlet.harness.systems.objectstore.bugs.design.harnessorder.HarnessOrderListing;
import dev.gauntlet.harness.systems.objectstore.bugs.design.reflection.GraderDetectingStoreFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.design.staticstore.StaticBucketsFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.design.wallclock.WallClockLastModified;
import dev.gauntlet.harness.testing.DesignSuiteGrading;
import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;
import dev.gauntlet.student.objectstore.StudentObjectStoreFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each object store design check catches the planted design bug meant for it and only that one;
 * the reference and the bugs' base pass them all; the template earns none of their points.
 */
class ObjectStoreDesignSuiteTests {

  private static final List<String> CHECKS = List.of("objectstore.design.no-wall-clock",
      "objectstore.design.no-static-state", "objectstore.design.no-reflection",
      "objectstore.design.no-io", "objectstore.design.specs-only");

  private static final DesignSuiteGrading GRADING =
      new DesignSuiteGrading("objectstore", CHECKS);

  @Test
  void noWallClockCatchesLastModifiedFromTheSystemClock() {
    String message = onlyFailure(WallClockLastModified.class, "objectstore.design.no-wall-clock",
        DesignRules::noWallClock);
    assertTrue(message.contains("System.currentTimeMillis()"), message);
  }

  @Test
  void noStaticStateCatchesBucketsInAStaticMap() {
    String message = onlyFailure(StaticBucketsFactory.class,
        "objectstore.design.no-static-state", DesignRules::noStaticMutableState);
    assertTrue(message.contains("SharedBuckets.BUCKETS"), message);
  }

  @Test
  void noReflectionCatchesAFactoryThatLooksForTheGrader() {
    String message = onlyFailure(GraderDetectingStoreFactory.class,
        "objectstore.design.no-reflection", DesignRules::noReflection);
    assertTrue(message.contains("underGrader"), message);
  }

  @Test
  void noIoCatchesObjectsWrittenToFiles() {
    String message = onlyFailure(FileBackedGateway.class, "objectstore.design.no-io",
        DesignRules::noProcessesFilesOrSockets);
    assertTrue(message.contains("FileBackedGateway$1.putObject"), message);
  }

  @Test
  void specsOnlyCatchesAListingOnTheHarnesssComparator() {
    String message = onlyFailure(HarnessOrderListing.class, "objectstore.design.specs-only",
        DesignRules::noHarnessDependency);
    assertTrue(message.contains("Utf8Order"), message);
  }

  @Test
  void theBugsBaseBreaksNoRule() {
    assertAll(StandAloneStoreParts.class, CheckStatus.PASSED);
  }

  @Test
  void theReferenceBreaksNoRule() {
    assertAll(ReferenceObjectStoreFactory.class, CheckStatus.PASSED);
  }

  @Test
  void theTemplateEarnsNoDesignPoints() {
    assertAll(StudentObjectStoreFactory.class, CheckStatus.NOT_IMPLEMENTED).values()
        .forEach(r -> assertTrue(r.message().contains("erasure coder"), r.message()));
  }

  private static String onlyFailure(Class<?> bug, String checkId, Supplier<DesignRule> rule) {
    CheckResult failed = GRADING.onlyFailure(bug, checkId, rule);
    return failed.message();
  }

  private static Map<String, CheckResult> assertAll(Class<?> factory, CheckStatus status) {
    return GRADING.assertAll(factory, status);
  }
}
