package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.RestartReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.testing.CourseSuites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile gallery (src/test/resources/gallery): each candidate abuses the worker in one way,
 * is graded end to end in real worker JVMs, and must get its exact verdict while the checks
 * around it are graded as usual: one passing before it in the same worker, one after it in a
 * fresh worker when its own had to go.
 */
class HostileCandidatesIT {

  /** Runs in the first worker, before the hostile check: what was graded must not be lost. */
  private static final String BEFORE = "cache.ring.replicas";
  /** The hostile check: each gallery candidate misbehaves when asked for a client. */
  private static final String HOSTILE = "cache.replication.crash";
  /** Runs after the hostile check: graded in a fresh worker when the first had to go. */
  private static final String AFTER = "cache.design.no-wall-clock";

  @TempDir Path temp;

  private Gallery gallery;

  @BeforeEach
  void gallery() {
    gallery = new Gallery(temp, List.of(BEFORE, AFTER, "cache.design.no-reflection",
        "cache.design.no-static-state"));
  }

  @Test
  void anEndlessLoopTimesOutAndTheRestRunInAFreshWorker() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("EndlessLoop", "--check-timeout", "2s"),
        gallery.out());

    CheckReport loop = check(HOSTILE);
    assertEquals("timed out", loop.status());
    assertTrue(loop.message().startsWith("timed out: still running after its time limit of 2 s,"
        + " in gallery.EndlessLoop.newClient(EndlessLoop.java:"), loop.message());
    assertEquals("a check finishes within its time limit", loop.failure().guarantee());
    assertRestartedAfterTheHostileCheck(HOSTILE + " timed out and its thread is still running");
    assertTrue(gallery.out().contains("[TIMEOUT] " + HOSTILE), gallery.out());
  }

  @Test
  void theSystemsTimeLimitCutsTheRunShortWithExitCodeThree() throws IOException {
    // A check limit longer than the system's: the loop runs until --timeout kills the worker.
    assertEquals(ExitCodes.CUT_SHORT, grade("EndlessLoop", "--check", HOSTILE, "--check", AFTER,
        "--check-timeout", "60s", "--timeout", "8s"), gallery.out());

    assertEquals("cut short", gallery.report().outcome());
    assertEquals("timed out", gallery.report().systems().get(0).worker().state());
    CheckReport loop = check(HOSTILE);
    assertEquals("timed out", loop.status());
    assertEquals("the time limit of 8s for grading this system ran out during this check",
        loop.message());
    CheckReport after = check(AFTER);
    assertEquals("not reached", after.status());
    assertEquals("not reached: the time limit of 8s for grading this system ran out",
        after.message());
  }

  @Test
  void aDeadlockTimesOutNamingTheThreadsAndTheirLocks() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Deadlock", "--check-timeout", "3s"),
        gallery.out());

    CheckReport deadlock = check(HOSTILE);
    assertEquals("timed out", deadlock.status());
    assertEquals("timed out after 3 s in a deadlock between \"gauntlet-check " + HOSTILE + "\","
        + " \"lock-holder\"", deadlock.message());
    assertTrue(deadlock.failure().observed().contains("gallery.Deadlock.lockBoth(Deadlock.java:"
        + line("Deadlock", "synchronized (theirs)") + ") waits for java.lang.Object@"),
        deadlock.failure().observed());
    assertRestartedAfterTheHostileCheck(HOSTILE + " timed out and its thread is still running");
  }

  @Test
  void usingUpTheHeapIsOutOfMemoryForThatCheckOnly() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Hog", "--heap", "128m"), gallery.out());

    CheckReport hog = check(HOSTILE);
    assertEquals("failed", hog.status());
    assertEquals("out of memory: the check used up the worker's heap of 128m (OutOfMemoryError:"
        + " Java heap space), in gallery.Hog.newClient(Hog.java:" + line("Hog", "hoard.add")
        + ")", hog.message());
    assertEquals("a check runs within the worker's heap", hog.failure().guarantee());
    assertRestartedAfterTheHostileCheck(HOSTILE + " ran out of memory");
  }

  @Test
  void systemExitIsNamedWithItsStatusAndCallSite() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Exits"), gallery.out());

    CheckReport exits = check(HOSTILE);
    assertEquals("failed", exits.status());
    String verdict = "the candidate exited the JVM (System.exit(7)) in"
        + " gallery.Exits.newClient(Exits.java:" + line("Exits", "System.exit(7)") + ")";
    assertEquals(verdict, exits.message());
    assertEquals("a submission never ends the JVM it is graded in", exits.failure().guarantee());
    assertRestartedAfterTheHostileCheck(verdict);
  }

  @Test
  void runtimeHaltIsToldByItsStatus() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Halts"), gallery.out());

    String verdict = "the candidate halted the JVM (Runtime.halt(9): no shutdown hooks ran, no"
        + " exit was witnessed)";
    assertEquals(verdict, check(HOSTILE).message());
    assertRestartedAfterTheHostileCheck(verdict);
  }

  @Test
  void aThreadLeftRunningFailsTheCheckThatStartedIt() throws IOException {
    // The thread is started by the first ring, in the check before the hostile one.
    assertEquals(ExitCodes.SOME_FAILED, grade("LeavesThread", "--check", BEFORE, "--check",
        AFTER), gallery.out());

    CheckReport ring = check(BEFORE);
    assertEquals("failed", ring.status());
    assertEquals("left a thread running after the check: \"ring-rebalancer\" (WAITING, in"
        + " gallery.LeavesThread.waitForEver(LeavesThread.java:" + line("LeavesThread",
            "never.await()") + "))", ring.message());
    assertTrue(ring.failure().observed().endsWith("still running after an interrupt:"
        + " \"ring-rebalancer\""), ring.failure().observed());
    assertEquals("passed", check(AFTER).status(), "graded in a fresh worker");
    assertEquals(List.of(new RestartReport(BEFORE, BEFORE + " left threads running:"
        + " \"ring-rebalancer\"", "worker-cache-2.log")), gallery.restarts());
  }

  @Test
  void aThreadBombIsStoppedAtTheCap() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("ThreadBomb"), gallery.out());

    CheckReport bomb = check(HOSTILE);
    assertEquals("failed", bomb.status());
    assertTrue(bomb.message().startsWith("started more than 256 threads ("), bomb.message());
    assertTrue(bomb.message().contains(" alive): the worker was stopped, "), bomb.message());
    assertTrue(bomb.message().endsWith(" of them in gallery.ThreadBomb.parkForEver(ThreadBomb"
        + ".java:" + line("ThreadBomb", "LockSupport.park()") + ")"), bomb.message());
    assertEquals("a submission keeps the worker's live threads under its cap",
        bomb.failure().guarantee());
    assertRestartedAfterTheHostileCheck(bomb.message());
  }

  @Test
  void floodingOutputIsCappedInTheLogAndChangesNothing() throws IOException {
    assertEquals(ExitCodes.ALL_PASSED, grade("Flood", "--check", BEFORE, "--check", AFTER),
        gallery.out());

    assertEquals("passed", check(BEFORE).status());
    assertEquals("passed", check(AFTER).status());
    Path log = gallery.runFolder().resolve("worker-cache.log");
    assertTrue(Files.size(log) < (1 << 20) + 200, "the log keeps the first MiB only");
    String text = Files.readString(log);
    assertTrue(text.indexOf("flood flood") < 1000, "the first part is kept");
    assertTrue(text.contains("[gauntlet: log truncated: kept the first 1048576 bytes, dropped"),
        "the cut is said");
    assertFalse(gallery.out().contains("flood flood"), "the candidate's output is in its log only");
    assertEquals(List.of(), gallery.restarts());
  }

  @Test
  void printedResultsAndAnOwnChannelChangeNothing() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("FakeResults"), gallery.out());

    CheckReport faked = check(HOSTILE);
    assertEquals("not implemented", faked.status());
    assertEquals("not implemented: UnsupportedOperationException: the client is still to write"
        + " (own channel: ConnectException)", faked.message());
    assertEquals("passed", check(AFTER).status(), "the worker went on after the fake 'done'");
    assertTrue(Files.readString(gallery.runFolder().resolve("worker-cache.log"))
        .contains("\"status\":\"PASSED\""), "the fake result went to the log");
    assertEquals(List.of(), gallery.restarts());
  }

  @Test
  void theReferenceTemplateHarnessTestsAndHiddenSuitesAreNotOnTheClassPath() throws Exception {
    Path suites = CourseSuites.jar(temp.resolve("suites"));
    assertEquals(ExitCodes.SOME_FAILED, grade("ClassPathProbe", "--suites", suites.toString(),
        "--check", BEFORE, "--check", HOSTILE, "--check", CourseSuites.ROUNDTRIP), gallery.out());

    assertEquals("not implemented: UnsupportedOperationException: probe:"
        + " dev.gauntlet.reference.cache.ReferenceCacheFactory ClassNotFoundException,"
        + " dev.gauntlet.student.cache.StudentCacheFactory ClassNotFoundException,"
        + " dev.gauntlet.harness.systems.cache.bugs.PlantedCacheFactory ClassNotFoundException,"
        + " dev.gauntlet.harness.testing.InProcessGrading ClassNotFoundException,"
        + " course.CourseSuite ClassNotFoundException;"
        + " CacheFactory implementations: 1", check(HOSTILE).message());
    assertEquals("passed", check(CourseSuites.ROUNDTRIP).status(),
        "the hidden suite still runs in the candidate's worker");
  }

  @Test
  void reflectionReachesNoExpectedValuesAndNoChannel() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Snoop", "--check", HOSTILE, "--check",
        "cache.design.no-reflection", "--check-timeout", "60s"), gallery.out());

    String message = check(HOSTILE).message();
    assertTrue(message.startsWith("not implemented: UnsupportedOperationException: snoop: what"
        + " it is handed reaches ["), message);
    assertTrue(message.contains("dev.gauntlet.harness.sim.VirtualClock"), "the walk got somewhere");
    assertTrue(message.contains("] (all environment types of the specs); the static fields of "),
        message);
    assertTrue(message.endsWith(" harness classes reach nothing sensitive"), message);
    CheckReport design = check("cache.design.no-reflection");
    assertEquals("failed", design.status());
    assertTrue(design.message().contains("gallery.Snoop"), design.message());
  }

  @Test
  void aCandidatesArchUnitSettingsCannotHideItsStaticState() throws IOException {
    Path impl = gallery.candidate("ArchUnitConfig").resource("archunit.properties",
        "resolveMissingDependenciesFromClassPath=false\n").classes();
    assertEquals(ExitCodes.SOME_FAILED, gallery.grade(impl,
        List.of("--check", "cache.design.no-static-state")), gallery.out());

    CheckReport design = check("cache.design.no-static-state");
    assertEquals("failed", design.status());
    assertTrue(design.message().contains("Field <gallery.ArchUnitConfig.SHARED> is static and"
        + " holds a mutable HashMap"), design.message());
  }

  private int grade(String factory, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--check")) {
      all.addAll(List.of("--check", BEFORE, "--check", HOSTILE, "--check", AFTER));
    }
    return gallery.grade(gallery.candidate(factory).classes(), all);
  }

  private CheckReport check(String id) throws IOException {
    return gallery.check(id);
  }

  private static int line(String name, String snippet) throws IOException {
    return Gallery.line(name, snippet);
  }

  /**
   * The rest of the report is intact: the check before the hostile one passed in the first
   * worker, the one after it passed in a fresh worker started for it, and the run completed.
   */
  private void assertRestartedAfterTheHostileCheck(String reason) throws IOException {
    RunReport report = gallery.report();
    assertEquals("completed", report.outcome());
    assertEquals(List.of(BEFORE, HOSTILE, AFTER), report.systems().get(0).checks().stream()
        .map(CheckReport::id).toList());
    assertEquals("passed", check(BEFORE).status());
    assertEquals("passed", check(AFTER).status());
    assertEquals(List.of(new RestartReport(HOSTILE, reason, "worker-cache-2.log")),
        gallery.restarts());
    assertTrue(gallery.out().contains("Fresh worker after " + HOSTILE), gallery.out());
  }
}
