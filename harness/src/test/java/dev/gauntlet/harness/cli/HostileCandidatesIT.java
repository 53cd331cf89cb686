package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RestartReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.testing.CandidateCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The hostile gallery (src/test/resources/gallery): each candidate abuses the worker in one way,
 * is graded end to end in real worker JVMs, and must get its exact verdict while the checks
 * around it are graded as usual: one passing before it in the same worker, one after it in a
 * fresh worker when its own had to go.
 */
class HostileCandidatesIT {

  private static final String SEED = "20261204";
  /** Runs in the first worker, before the hostile check: what was graded must not be lost. */
  private static final String BEFORE = "cache.ring.replicas";
  /** The hostile check: each gallery candidate misbehaves when asked for a client. */
  private static final String HOSTILE = "cache.replication.crash";
  /** Runs after the hostile check: graded in a fresh worker when the first had to go. */
  private static final String AFTER = "cache.design.no-wall-clock";

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void anEndlessLoopTimesOutAndTheRestRunInAFreshWorker() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("EndlessLoop"), out.toString());

    CheckReport loop = check(HOSTILE);
    assertEquals("timed out", loop.status());
    assertTrue(loop.message().startsWith("timed out: still running after its time limit of 1 s,"
        + " in gallery.EndlessLoop.newClient(EndlessLoop.java:"), loop.message());
    assertEquals("a check finishes within its time limit", loop.failure().guarantee());
    assertRestartedAfterTheHostileCheck(HOSTILE + " timed out and its thread is still running");
    assertTrue(out.toString().contains("[TIMEOUT] " + HOSTILE), out.toString());
  }

  @Test
  void theSystemsTimeLimitCutsTheRunShortWithExitCodeThree() throws IOException {
    // A check limit longer than the system's: the loop runs until --timeout kills the worker.
    assertEquals(ExitCodes.CUT_SHORT, grade("EndlessLoop", "--check", HOSTILE, "--check", AFTER,
        "--check-timeout", "60s", "--timeout", "6s"), out.toString());

    assertEquals("cut short", report().outcome());
    assertEquals("timed out", report().systems().get(0).worker().state());
    CheckReport loop = check(HOSTILE);
    assertEquals("timed out", loop.status());
    assertEquals("the time limit of 6s for grading this system ran out during this check",
        loop.message());
    CheckReport after = check(AFTER);
    assertEquals("not reached", after.status());
    assertEquals("not reached: the time limit of 6s for grading this system ran out",
        after.message());
  }

  @Test
  void aDeadlockTimesOutNamingTheThreadsAndTheirLocks() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Deadlock"), out.toString());

    CheckReport deadlock = check(HOSTILE);
    assertEquals("timed out", deadlock.status());
    assertEquals("timed out after 1 s in a deadlock between \"gauntlet-check " + HOSTILE + "\","
        + " \"lock-holder\"", deadlock.message());
    assertTrue(deadlock.failure().observed().contains("gallery.Deadlock.lockBoth(Deadlock.java:"
        + line("Deadlock", "synchronized (theirs)") + ") waits for java.lang.Object@"),
        deadlock.failure().observed());
    assertRestartedAfterTheHostileCheck(HOSTILE + " timed out and its thread is still running");
  }

  @Test
  void usingUpTheHeapIsOutOfMemoryForThatCheckOnly() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Hog", "--heap", "128m"), out.toString());

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
    assertEquals(ExitCodes.SOME_FAILED, grade("Exits"), out.toString());

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
    assertEquals(ExitCodes.SOME_FAILED, grade("Halts"), out.toString());

    String verdict = "the candidate halted the JVM (Runtime.halt(9): no shutdown hooks ran, no"
        + " exit was witnessed)";
    assertEquals(verdict, check(HOSTILE).message());
    assertRestartedAfterTheHostileCheck(verdict);
  }

  @Test
  void aThreadLeftRunningFailsTheCheckThatStartedIt() throws IOException {
    // The thread is started by the first ring, in the check before the hostile one.
    assertEquals(ExitCodes.SOME_FAILED, grade("LeavesThread", "--check", BEFORE, "--check",
        AFTER), out.toString());

    CheckReport ring = check(BEFORE);
    assertEquals("failed", ring.status());
    assertEquals("left a thread running after the check: \"ring-rebalancer\" (WAITING, in"
        + " gallery.LeavesThread.waitForEver(LeavesThread.java:" + line("LeavesThread",
            "never.await()") + "))", ring.message());
    assertTrue(ring.failure().observed().endsWith("still running after an interrupt:"
        + " \"ring-rebalancer\""), ring.failure().observed());
    assertEquals("passed", check(AFTER).status(), "graded in a fresh worker");
    assertEquals(List.of(new RestartReport(BEFORE, BEFORE + " left threads running:"
        + " \"ring-rebalancer\"", "worker-cache-2.log")), restarts());
  }

  @Test
  void aThreadBombIsStoppedAtTheCap() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("ThreadBomb"), out.toString());

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
        out.toString());

    assertEquals("passed", check(BEFORE).status());
    assertEquals("passed", check(AFTER).status());
    Path log = runFolder().resolve("worker-cache.log");
    assertTrue(Files.size(log) < (1 << 20) + 200, "the log keeps the first MiB: " + Files.size(log));
    String text = Files.readString(log);
    assertTrue(text.indexOf("flood flood") < 1000, "the first part is kept");
    assertTrue(text.contains("[gauntlet: log truncated: kept the first 1048576 bytes, dropped"),
        "the cut is said");
    assertFalse(out.toString().contains("flood flood"), "the candidate's output is in its log only");
    assertEquals(List.of(), restarts());
  }

  @Test
  void printedResultsAndAnOwnChannelChangeNothing() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("FakeResults"), out.toString());

    CheckReport faked = check(HOSTILE);
    assertEquals("not implemented", faked.status());
    assertEquals("not implemented: UnsupportedOperationException: the client is still to write"
        + " (own channel: ConnectException)", faked.message());
    assertEquals("passed", check(AFTER).status(), "the worker went on after the fake 'done'");
    assertTrue(Files.readString(runFolder().resolve("worker-cache.log"))
        .contains("\"status\":\"PASSED\""), "the fake result went to the log");
    assertEquals(List.of(), restarts());
  }

  @Test
  void theReferenceTemplateAndHarnessTestsAreNotOnTheClassPath() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("ClassPathProbe"), out.toString());

    assertEquals("not implemented: UnsupportedOperationException: probe:"
        + " dev.gauntlet.reference.cache.ReferenceCacheFactory ClassNotFoundException,"
        + " dev.gauntlet.student.cache.StudentCacheFactory ClassNotFoundException,"
        + " dev.gauntlet.harness.systems.cache.bugs.PlantedCacheFactory ClassNotFoundException,"
        + " dev.gauntlet.harness.testing.InProcessGrading ClassNotFoundException;"
        + " CacheFactory implementations: 1", check(HOSTILE).message());
  }

  @Test
  void reflectionReachesNoExpectedValuesAndNoChannel() throws IOException {
    assertEquals(ExitCodes.SOME_FAILED, grade("Snoop", "--check", HOSTILE, "--check",
        "cache.design.no-reflection", "--check-timeout", "30s"), out.toString());

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
    Path impl = candidate("ArchUnitConfig").resource("archunit.properties",
        "resolveMissingDependenciesFromClassPath=false\n").classes();
    assertEquals(ExitCodes.SOME_FAILED, grade(impl, "--check", "cache.design.no-static-state"),
        out.toString());

    CheckReport design = check("cache.design.no-static-state");
    assertEquals("failed", design.status());
    assertTrue(design.message().contains("Field <gallery.ArchUnitConfig.SHARED> is static and"
        + " holds a mutable HashMap"), design.message());
  }

  // ---------------------------------------------------------------------------------------

  private int grade(String factory, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    if (all.stream().noneMatch("--check"::equals)) {
      all.addAll(List.of("--check", BEFORE, "--check", HOSTILE, "--check", AFTER));
    }
    return grade(candidate(factory).classes(), all.toArray(String[]::new));
  }

  private int grade(Path impl, String... args) throws IOException {
    CommandLine cli = Gauntlet.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("grade", "--impl", impl.toString(), "--system",
        "cache", "--seed", SEED, "--out", temp.resolve("reports").toString(),
        "--rubric", rubric().toString()));
    all.addAll(List.of(args));
    if (!all.contains("--check-timeout")) {
      all.addAll(List.of("--check-timeout", "1s")); // the hostile check's limit, kept short
    }
    int exit = cli.execute(all.toArray(String[]::new));
    System.out.println(out); // the summary, in the failsafe report
    System.out.println(err);
    return exit;
  }

  /**
   * A rubric that gives the checks around the hostile one the time they need in a cold worker
   * (ArchUnit's first import takes a couple of seconds), so that only the hostile check runs
   * under the short {@code --check-timeout}.
   */
  private Path rubric() throws IOException {
    String roomy = "{\"settings\": {\"timeLimitSeconds\": 60}}";
    return Files.writeString(temp.resolve("rubric.json"), "{\"schema\": 1, \"checks\": {"
        + "\"" + BEFORE + "\": " + roomy + ", \"" + AFTER + "\": " + roomy + ", "
        + "\"cache.design.no-reflection\": " + roomy + ", "
        + "\"cache.design.no-static-state\": " + roomy + "}}");
  }

  /** The gallery's plain parts and {@code factory}, listed for ServiceLoader. */
  private CandidateCompiler candidate(String factory) throws IOException {
    CandidateCompiler compiler = CandidateCompiler.in(temp.resolve(factory));
    for (String name : List.of("Parts", "Ring", "MapStore", factory)) {
      compiler.source("gallery." + name, source(name));
    }
    return compiler.cacheFactory("gallery." + factory);
  }

  private static String source(String name) throws IOException {
    try (InputStream in = HostileCandidatesIT.class.getResourceAsStream(
        "/gallery/" + name + ".java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The line of the gallery source {@code name} that first contains {@code snippet}. */
  private static int line(String name, String snippet) throws IOException {
    List<String> lines = source(name).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError(snippet + " is not in " + name);
  }

  private Path runFolder() throws IOException {
    try (Stream<Path> runs = Files.list(temp.resolve("reports"))) {
      return runs.findFirst().orElseThrow();
    }
  }

  private RunReport report() throws IOException {
    return ReportWriter.read(runFolder().resolve(ReportWriter.FILE));
  }

  private CheckReport check(String id) throws IOException {
    return report().systems().get(0).checks().stream().filter(c -> c.id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no result for " + id));
  }

  private List<RestartReport> restarts() throws IOException {
    return report().systems().get(0).worker().restarts();
  }

  /**
   * The rest of the report is intact: the check before the hostile one passed in the first
   * worker, the one after it passed in a fresh worker started for it, and the run completed.
   */
  private void assertRestartedAfterTheHostileCheck(String reason) throws IOException {
    RunReport report = report();
    assertEquals("completed", report.outcome());
    assertEquals(List.of(BEFORE, HOSTILE, AFTER), report.systems().get(0).checks().stream()
        .map(CheckReport::id).toList());
    assertEquals("passed", check(BEFORE).status());
    assertEquals("passed", check(AFTER).status());
    assertEquals(List.of(new RestartReport(HOSTILE, reason, "worker-cache-2.log")), restarts());
    assertTrue(out.toString().contains("Fresh worker after " + HOSTILE), out.toString());
  }
}
