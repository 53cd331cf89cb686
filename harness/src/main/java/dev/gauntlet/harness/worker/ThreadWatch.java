package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.guard.Frames;
import dev.gauntlet.harness.guard.Verdict;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stops a thread bomb: samples the worker's live thread count and, past {@link #MAX_THREADS},
 * fails the running check and stops the worker before the machine's own limits are reached
 * (which would hurt every other process of the user).
 *
 * <p>Java 17 offers no hook on thread creation (the SecurityManager is deprecated for removal),
 * and the kernel's limits ({@code ulimit -u}) count every process of the user, not this JVM; so
 * the count is sampled, every {@value #PERIOD_MILLIS} ms. A loop starting threads as fast as it
 * can gets a few hundred past the cap before it is stopped, far below any system limit. The
 * sampling coordinates nothing: a check never waits for it.
 */
final class ThreadWatch implements Runnable {

  /**
   * The cap on live threads in a worker. Graded code needs none of its own (one request at a
   * time, on the harness's thread); the JVM and the harness use about 20; 256 leaves room for a
   * candidate's pool without letting a loop of {@code new Thread(..).start()} run far.
   */
  static final int MAX_THREADS = 256;

  static final long PERIOD_MILLIS = 10;

  private final WorkerLine line;
  private final int max;

  ThreadWatch(WorkerLine line, int max) {
    this.line = line;
    this.max = max;
  }

  /** Starts watching on a daemon thread. */
  static void start(WorkerLine line, int max) {
    Thread thread = new Thread(new ThreadWatch(line, max), "gauntlet-thread-watch");
    thread.setDaemon(true);
    thread.setPriority(Thread.MAX_PRIORITY);
    thread.start();
  }

  @Override
  public void run() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    while (true) {
      int live = threads.getThreadCount();
      if (live > max) {
        String where = hotSpot();
        line.abort(Verdict.THREAD_BOMB, "started more than " + max + " threads (" + live
            + " alive): the worker was stopped" + where, "at most " + max
            + " live threads in the worker", live + " live threads" + where);
        return;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS));
    }
  }

  /** Where most of the threads are in the candidate's code, e.g. {@code , most in x.Y.run(..)}. */
  private static String hotSpot() {
    Map<String, Long> places = Thread.getAllStackTraces().values().stream()
        .flatMap(stack -> Frames.candidate(stack).stream())
        .map(frame -> "in " + Frames.describe(frame))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return places.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
        .map(e -> ", " + e.getValue() + " of them " + e.getKey()).orElse("");
  }
}
