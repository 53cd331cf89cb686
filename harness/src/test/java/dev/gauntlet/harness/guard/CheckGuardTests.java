package dev.gauntlet.harness.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * The guard in this JVM, with bodies that stop when interrupted (a forked worker meets the ones
 * that never stop: see HostileCandidatesIT).
 */
class CheckGuardTests {

  private static final Duration LIMIT = Duration.ofMillis(300);

  private final List<String> unfit = new ArrayList<>();

  private GuardedFailure guarded(CheckGuard.Body body) {
    return assertThrows(GuardedFailure.class, () -> CheckGuard.run("t.check", LIMIT, body,
        unfit::add));
  }

  @Test
  void aBodyThatReturnsPassesAndLeavesTheJvmFit() throws Throwable {
    CheckGuard.run("t.check", LIMIT, () -> { }, unfit::add);

    assertEquals(List.of(), unfit);
  }

  @Test
  void whatTheBodyThrowsIsItsOutcome() {
    AssertionError thrown = new AssertionError("the guarantee broke");

    assertSame(thrown, assertThrows(AssertionError.class,
        () -> CheckGuard.run("t.check", LIMIT, () -> {
          throw thrown;
        }, unfit::add)));
    assertEquals(List.of(), unfit);
  }

  @Test
  void aBodyPastItsLimitTimesOutSayingWhereItWas() {
    GuardedFailure failure = guarded(CheckGuardTests::spinUntilInterrupted);

    assertEquals(Verdict.TIMED_OUT, failure.verdict());
    assertTrue(failure.getMessage().startsWith("timed out: still running after its time limit"
        + " of 300 ms, in dev.gauntlet.harness.guard.CheckGuardTests.spinUntilInterrupted("),
        failure.getMessage());
    assertEquals("to finish within 300 ms", failure.expected());
    assertTrue(failure.frames().contains("spinUntilInterrupted"), failure.frames());
    assertEquals(List.of("t.check timed out and its thread is still running"), unfit);
  }

  @Test
  void aDeadlockIsNamedWithTheThreadsAndLocks() {
    ReentrantLock first = new ReentrantLock();
    ReentrantLock second = new ReentrantLock();
    GuardedFailure failure = guarded(() -> {
      CountDownLatch bothHeld = new CountDownLatch(2);
      Thread other = new Thread(() -> lockBoth(second, first, bothHeld), "other-half");
      other.setDaemon(true);
      other.start();
      lockBoth(first, second, bothHeld);
    });

    assertEquals(Verdict.TIMED_OUT, failure.verdict());
    assertTrue(failure.getMessage().startsWith("timed out after 300 ms in a deadlock between "),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("\"other-half\""), failure.getMessage());
    assertTrue(failure.getMessage().contains("\"gauntlet-check t.check\""), failure.getMessage());
    assertTrue(failure.observed().contains("waits for java.util.concurrent.locks.ReentrantLock"),
        failure.observed());
    assertTrue(failure.observed().contains("CheckGuardTests.lockBoth("), failure.observed());
  }

  @Test
  void aCandidateThatInterruptsTheHarnesssThreadDoesNotCutItsWaitShort() throws Throwable {
    Thread harness = Thread.currentThread();
    CheckGuard.run("t.check", Duration.ofSeconds(5), () -> {
      harness.interrupt();
      // Still running until the harness's thread has taken the interrupt and waits again.
      long giveUp = System.nanoTime() + 5_000_000_000L;
      while ((harness.isInterrupted() || harness.getState() != Thread.State.TIMED_WAITING)
          && System.nanoTime() < giveUp) {
        Thread.onSpinWait();
      }
    }, unfit::add);

    assertEquals(List.of(), unfit);
    assertEquals(false, Thread.interrupted(), "the interrupt does not linger");
  }

  @Test
  void runningOutOfMemoryIsAVerdictNotACrash() {
    GuardedFailure failure = guarded(() -> {
      throw new OutOfMemoryError("Java heap space");
    });

    assertEquals(Verdict.OUT_OF_MEMORY, failure.verdict());
    assertTrue(failure.getMessage().startsWith("out of memory: the check used up the worker's"
        + " heap of "), failure.getMessage());
    assertTrue(failure.getMessage().contains("(OutOfMemoryError: Java heap space)"),
        failure.getMessage());
    assertEquals(OutOfMemoryError.class.getName(), failure.thrownClass());
    assertEquals(List.of("t.check ran out of memory"), unfit);
  }

  @Test
  void threadsLeftRunningFailACheckThatPassedAndAreInterrupted() {
    GuardedFailure failure = guarded(() -> {
      Thread ticker = startDaemon("ticker", CheckGuardTests::parkUntilInterrupted);
      while (ticker.getState() != Thread.State.WAITING) { // parked: where the verdict sees it
        Thread.onSpinWait();
      }
    });

    assertEquals(Verdict.THREADS_LEFT_RUNNING, failure.verdict());
    assertTrue(failure.getMessage().startsWith("left a thread running after the check:"
        + " \"ticker\" ("), failure.getMessage());
    assertTrue(failure.getMessage().contains("in dev.gauntlet.harness.guard.CheckGuardTests"
        + ".parkUntilInterrupted("), failure.getMessage());
    assertTrue(failure.observed().endsWith("they ended when interrupted"), failure.observed());
    assertEquals(List.of(), unfit, "threads that end when interrupted leave the JVM fit");
  }

  @Test
  void aThreadThatEndsByItselfJustAfterTheCheckIsNotLeftRunning() throws Throwable {
    CheckGuard.run("t.check", LIMIT, () -> {
      CountDownLatch stop = new CountDownLatch(1);
      startDaemon("finishing", () -> awaitIgnoringInterrupts(stop));
      stop.countDown(); // told to stop, as a pool that was shut down: it ends a moment later
    }, unfit::add);

    assertEquals(List.of(), unfit);
  }

  @Test
  void threadsTheHarnessStartsForItsOwnServicesAreNotTheChecks() throws Throwable {
    List<Thread> service = new ArrayList<>();
    CheckGuard.run("t.check", LIMIT, () -> service.add(HarnessThreads.call(
        () -> startDaemon("service-event-loop", CheckGuardTests::parkUntilInterrupted))),
        unfit::add);

    assertEquals(List.of(), unfit);
    assertTrue(service.get(0).isAlive(), "kept for the next check");
    service.get(0).interrupt();
  }

  @Test
  void threadsThatIgnoreTheInterruptMakeTheJvmUnfit() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    GuardedFailure failure = guarded(() -> startDaemon("stubborn",
        () -> awaitIgnoringInterrupts(release)));
    release.countDown();

    assertEquals(Verdict.THREADS_LEFT_RUNNING, failure.verdict());
    assertTrue(failure.observed().endsWith("still running after an interrupt: \"stubborn\""),
        failure.observed());
    assertEquals(List.of("t.check left threads running: \"stubborn\""), unfit);
  }

  @Test
  void aCheckThatFailsKeepsItsOwnFailureWhenItAlsoLeavesThreads() {
    AssertionError own = assertThrows(AssertionError.class, () -> CheckGuard.run("t.check",
        LIMIT, () -> {
          startDaemon("ticker", CheckGuardTests::parkUntilInterrupted);
          throw new AssertionError("the guarantee broke");
        }, unfit::add));

    assertEquals("the guarantee broke", own.getMessage());
    assertEquals(Verdict.THREADS_LEFT_RUNNING,
        ((GuardedFailure) own.getSuppressed()[0]).verdict());
  }

  private static void spinUntilInterrupted() {
    while (!Thread.currentThread().isInterrupted()) {
      Thread.onSpinWait();
    }
  }

  private static void parkUntilInterrupted() {
    while (!Thread.currentThread().isInterrupted()) {
      LockSupport.park();
    }
  }

  private static void awaitIgnoringInterrupts(CountDownLatch release) {
    while (release.getCount() > 0) {
      try {
        release.await();
      } catch (InterruptedException ignored) {
        // what a hostile thread does
      }
    }
  }

  private static void lockBoth(ReentrantLock a, ReentrantLock b, CountDownLatch bothHeld) {
    try {
      a.lockInterruptibly();
      bothHeld.countDown();
      bothHeld.await(); // each holds one lock before asking for the other: a sure deadlock
      b.lockInterruptibly();
    } catch (InterruptedException e) {
      // the guard's interrupt ends the test's deadlock
    }
  }

  private static Thread startDaemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
