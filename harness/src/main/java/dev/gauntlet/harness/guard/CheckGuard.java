package dev.gauntlet.harness.guard;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs one check's body on a thread of its own and contains what the candidate does there.
 *
 * <ul>
 *   <li>The body gets a time limit of real time (a loop or a deadlock makes no progress on the
 *       harness's virtual clock). Past it, the check fails as timed out, saying where the
 *       candidate's code was, or which threads deadlocked.
 *   <li>An {@link OutOfMemoryError} fails the check as out of memory instead of ending the run.
 *   <li>Threads the body started and left alive (after {@link #SETTLE} to end by themselves)
 *       fail a check that otherwise passed; they are interrupted and given {@link #STOP_GRACE}
 *       to end. So a check's own threads must have ended when it returns: join them, or shut
 *       the pool down and await its termination.
 * </ul>
 *
 * <p>A thread that keeps running, or a heap that was exhausted, leaves the JVM unfit to grade
 * further checks fairly: the guard says so through {@code unfit}, and the worker hands the rest of
 * the checks to a fresh JVM.
 */
public final class CheckGuard {

  /**
   * The time limit of a check unless the command line or the rubric says otherwise: the slowest
   * cache check takes about 4 s on the reference; 30 s leaves room for a slow machine and a slow
   * but honest candidate, and still ends a hung check soon.
   */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

  /**
   * How long threads of the check that are still alive when it returns get to end by themselves:
   * a pool that was shut down, or a thread that was told to stop, takes a moment to die after
   * its last action. Only threads alive after it count as left running.
   */
  static final Duration SETTLE = Duration.ofSeconds(1);

  /** How long threads left running get to end once interrupted. */
  static final Duration STOP_GRACE = Duration.ofSeconds(1);

  /** The body of a check. */
  @FunctionalInterface
  public interface Body {
    void run() throws Throwable;
  }

  private CheckGuard() {}

  /**
   * Runs {@code body} within {@code limit}.
   *
   * @param checkId the check, for thread names and reasons
   * @param limit the real time the body may take
   * @param body the check
   * @param unfit told why, when the check left this JVM unfit for more checks
   * @throws GuardedFailure when the guard stepped in; else whatever the body threw
   */
  public static void run(String checkId, Duration limit, Body body, Consumer<String> unfit)
      throws Throwable {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    Set<Thread> before = CandidateThreads.live(group);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread runner = new Thread(group, () -> {
      try {
        body.run();
      } catch (Throwable t) { // everything the body throws is the check's outcome
        thrown.set(t);
      }
    }, "gauntlet-check " + checkId);
    runner.setDaemon(true); // a body that never returns must not keep the JVM alive
    // The loader of the harness and the candidate, not the instructors' suites' (the caller's
    // may be theirs): what the candidate reaches through its thread must not load a hidden suite.
    runner.setContextClassLoader(CheckGuard.class.getClassLoader());
    runner.start();
    awaitEnd(runner, System.nanoTime() + limit.toNanos());
    if (runner.isAlive()) {
      throw timedOut(checkId, limit, runner, group, before, unfit);
    }
    Throwable outcome = thrown.get();
    OutOfMemoryError oom = find(outcome, OutOfMemoryError.class);
    if (oom != null) {
      List<Thread> left = CandidateThreads.startedSince(group, before, runner);
      left.forEach(Thread::interrupt);
      unfit.accept(checkId + " ran out of memory");
      throw outOfMemory(oom, outcome);
    }
    List<Thread> left = settled(CandidateThreads.startedSince(group, before, runner));
    if (!left.isEmpty()) {
      GuardedFailure failure = threadsLeft(checkId, left, unfit);
      if (outcome == null) {
        throw failure;
      }
      outcome.addSuppressed(failure); // the check's own failure says more
    }
    if (outcome != null) {
      throw outcome;
    }
  }

  private static GuardedFailure timedOut(String checkId, Duration limit, Thread runner,
      ThreadGroup group, Set<Thread> before, Consumer<String> unfit) {
    StackTraceElement[] stack = runner.getStackTrace();
    List<Thread> involved = new ArrayList<>(CandidateThreads.startedSince(group, before, runner));
    involved.add(runner);
    Deadlocks.Found deadlock = Deadlocks.among(involved).orElse(null);
    involved.forEach(Thread::interrupt); // a polite request; a loop that ignores it keeps going
    unfit.accept(checkId + " timed out and its thread is still running");
    String within = "to finish within " + describe(limit);
    if (deadlock != null) {
      return new GuardedFailure(Verdict.TIMED_OUT, "timed out after " + describe(limit)
          + " in a deadlock between " + deadlock.threads(), within, deadlock.waits(), null,
          Frames.render(stack));
    }
    String where = Frames.where(stack);
    return new GuardedFailure(Verdict.TIMED_OUT, "timed out: still running after its time limit"
        + " of " + describe(limit) + (where.isEmpty() ? "" : ", " + where), within,
        "\"" + runner.getName() + "\" still " + runner.getState()
            + (where.isEmpty() ? "" : " " + where), null, Frames.render(stack));
  }

  private static GuardedFailure outOfMemory(OutOfMemoryError oom, Throwable outcome) {
    String where = Frames.where(oom.getStackTrace());
    return new GuardedFailure(Verdict.OUT_OF_MEMORY, "out of memory: the check used up the"
        + " worker's heap of " + heap() + " (OutOfMemoryError: " + oom.getMessage() + ")"
        + (where.isEmpty() ? "" : ", " + where), "to run within the heap of " + heap(),
        "OutOfMemoryError: " + oom.getMessage(), OutOfMemoryError.class.getName(),
        Frames.render(oom.getStackTrace()));
  }

  private static GuardedFailure threadsLeft(String checkId, List<Thread> left,
      Consumer<String> unfit) {
    String described = CandidateThreads.describe(left); // before the interrupt moves them
    left.forEach(Thread::interrupt);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (Thread thread : left) {
      awaitEnd(thread, deadline);
    }
    List<Thread> still = left.stream().filter(Thread::isAlive).toList();
    if (!still.isEmpty()) {
      unfit.accept(checkId + " left threads running: " + CandidateThreads.names(still));
    }
    String count = left.size() == 1 ? "a thread" : left.size() + " threads";
    return new GuardedFailure(Verdict.THREADS_LEFT_RUNNING, "left " + count
        + " running after the check: " + described, "no thread of the check alive when it"
        + " returns", described + (still.isEmpty() ? "; they ended when interrupted"
            : "; still running after an interrupt: " + CandidateThreads.names(still)),
        null, null);
  }

  /** Returns those of {@code threads} still alive after {@link #SETTLE}. */
  private static List<Thread> settled(List<Thread> threads) {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    threads.forEach(thread -> awaitEnd(thread, deadline));
    return threads.stream().filter(Thread::isAlive).toList();
  }

  /**
   * Waits until {@code thread} ends or {@code deadline} (a {@link System#nanoTime()}) passes. Only
   * a candidate interrupts the harness's own thread, so an interrupt does not cut the wait short.
   */
  private static void awaitEnd(Thread thread, long deadline) {
    long left;
    while (thread.isAlive() && (left = deadline - System.nanoTime()) > 0) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      } catch (InterruptedException e) {
        // The interrupt status is cleared, so it cannot fail the next check either.
      }
    }
  }

  /** Renders a limit for a person: {@code 30 s}, {@code 500 ms}. */
  static String describe(Duration limit) {
    return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }

  /** The worker's heap as it was asked for ({@code -Xmx}), else as the JVM reports it. */
  private static String heap() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).map(a -> a.substring(4))
        .orElse(Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
