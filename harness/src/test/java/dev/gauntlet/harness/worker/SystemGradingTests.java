package dev.gauntlet.harness.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckListener;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parent's side of the channel, against fake workers that misbehave in one way each. */
class SystemGradingTests {

  private static final List<CheckDescriptor> PLAN = List.of(check("t.one"), check("t.two"),
      check("t.three"));

  @TempDir Path runFolder;

  private final List<CheckResult> streamed = new ArrayList<>();

  private WorkerOutcome grade(String mode, Duration limit) throws Exception {
    // Surefire's java.class.path (its booter jar) carries the test class path to the child.
    WorkerSettings settings = new WorkerSettings(System.getProperty("java.class.path"), "",
        "64m", limit, runFolder);
    return new SystemGrading(settings, FakeWorker.class.getName())
        .run(mode, PLAN, List.of(), new CheckListener() {
          @Override
          public void finished(CheckResult result) {
            streamed.add(result);
          }
        });
  }

  private static CheckDescriptor check(String id) {
    return new CheckDescriptor(id, "cache", "t", "title of " + id, Category.CORRECTNESS, 5,
        "C", "m");
  }

  private static Map<String, CheckStatus> statuses(WorkerOutcome outcome) {
    return outcome.results().stream().collect(Collectors.toMap(CheckResult::id,
        CheckResult::status));
  }

  @Test
  void resultsComeOnlyFromTheChannelNotFromWhatTheWorkerPrints() throws Exception {
    WorkerOutcome outcome = grade("noisy", Duration.ofSeconds(30));

    assertEquals(WorkerOutcome.State.COMPLETED, outcome.state());
    assertEquals(Map.of("t.one", CheckStatus.PASSED, "t.two", CheckStatus.FAILED,
        "t.three", CheckStatus.FAILED), statuses(outcome));
    assertEquals(outcome.results(), streamed);
    Path log = runFolder.resolve("worker-noisy.log");
    assertTrue(Files.size(log) < CappedLog.DEFAULT_CAP + 200, "log capped at 1 MiB");
    assertTrue(Files.readString(log).contains("log truncated"), "the truncation is noted");
  }

  @Test
  void aCheckThatHaltsTheWorkerFailsAndAFreshWorkerGradesTheRest() throws Exception {
    WorkerOutcome outcome = grade("exit", Duration.ofSeconds(30));

    assertEquals(WorkerOutcome.State.COMPLETED, outcome.state());
    assertEquals(Map.of("t.one", CheckStatus.PASSED, "t.two", CheckStatus.FAILED,
        "t.three", CheckStatus.FAILED), statuses(outcome));
    assertEquals("the candidate halted the JVM (Runtime.halt(9): no shutdown hooks ran, no exit"
        + " was witnessed)", outcome.results().get(1).message());
    assertEquals("a submission never ends the JVM it is graded in",
        outcome.results().get(1).failure().guarantee());
    assertEquals("failed", outcome.results().get(2).message(), "graded by the fresh worker");
    assertEquals(List.of(new WorkerRestart("t.two", outcome.results().get(1).message(),
        "worker-exit-2.log")), outcome.restarts());
    assertTrue(Files.exists(runFolder.resolve("worker-exit-2.log")));
    assertEquals(List.of("t.one", "t.two", "t.three"),
        outcome.results().stream().map(CheckResult::id).toList());
    assertEquals(outcome.results(), streamed);
  }

  @Test
  void aWorkerThatRetiresAfterACheckIsReplacedForTheRest() throws Exception {
    WorkerOutcome outcome = grade("retire", Duration.ofSeconds(30));

    assertEquals(WorkerOutcome.State.COMPLETED, outcome.state());
    assertEquals(Map.of("t.one", CheckStatus.PASSED, "t.two", CheckStatus.TIMED_OUT,
        "t.three", CheckStatus.FAILED), statuses(outcome));
    assertEquals(List.of(new WorkerRestart("t.two", "t.two timed out and its thread is still"
        + " running", "worker-retire-2.log")), outcome.restarts());
  }

  @Test
  void aWorkerPastTheSystemsLimitIsKilledAndItsCheckTimesOut() throws Exception {
    WorkerOutcome outcome = grade("hang", Duration.ofSeconds(3));

    assertEquals(WorkerOutcome.State.TIMED_OUT, outcome.state());
    assertEquals(Map.of("t.one", CheckStatus.PASSED, "t.two", CheckStatus.TIMED_OUT,
        "t.three", CheckStatus.NOT_REACHED), statuses(outcome));
    assertTrue(outcome.results().get(1).message().contains("time limit of 3s"),
        outcome.results().get(1).message());
    assertTrue(outcome.results().get(2).message().startsWith("not reached: the time limit"),
        outcome.results().get(2).message());
    assertEquals(List.of(), outcome.restarts(), "no time is left for a fresh worker");
  }

  @Test
  void aWorkerThatDiesBeforeItsFirstCheckIsNotRestarted() throws Exception {
    WorkerOutcome outcome = grade("dead", Duration.ofSeconds(30));

    assertEquals(WorkerOutcome.State.CRASHED, outcome.state());
    assertEquals(Map.of("t.one", CheckStatus.NOT_REACHED, "t.two", CheckStatus.NOT_REACHED,
        "t.three", CheckStatus.NOT_REACHED), statuses(outcome));
    assertEquals("not reached: the candidate halted the JVM (Runtime.halt(3): no shutdown hooks"
        + " ran, no exit was witnessed) before any check", outcome.results().get(0).message());
    assertEquals(List.of(), outcome.restarts());
  }

  @Test
  void aWorkerCannotReportChecksItWasNotGivenNorReportOneTwice() throws Exception {
    WorkerOutcome outcome = grade("meddling", Duration.ofSeconds(30));

    assertEquals(Map.of("t.one", CheckStatus.PASSED, "t.two", CheckStatus.FAILED,
        "t.three", CheckStatus.FAILED), statuses(outcome));
    assertEquals(3, streamed.size(), streamed.toString());
  }

  @Test
  void aConnectionWithoutTheTokenIsDropped() throws Exception {
    WorkerOutcome outcome = grade("impostor", Duration.ofSeconds(30));

    assertEquals(WorkerOutcome.State.COMPLETED, outcome.state());
    assertEquals(3, outcome.results().size());
    assertTrue(Files.readString(runFolder.resolve("worker-impostor.log"))
        .contains("impostor got: null"), "the impostor's connection was closed unanswered");
  }
}
