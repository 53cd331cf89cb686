package dev.gauntlet.harness.guard;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs the harness's own set-up so that the threads it starts belong to the harness, not to the
 * check that happened to be running: for the services the harness hands a candidate (a database
 * connection pool, a container, a client with an event loop) that are built once and kept.
 *
 * <p>The set-up runs on a thread of the {@code gauntlet-harness} thread group, which hangs from
 * the system group, outside the group the guard counts a check's threads in; libraries that
 * start threads from a factory built during the set-up put them there too. Never for candidate
 * code: its threads are what the guard must see. (A candidate calling this breaks the specs-only
 * design rule; the worker's cap on live threads counts every thread all the same.)
 */
public final class HarnessThreads {

  private static final ThreadGroup GROUP = new ThreadGroup(systemGroup(), "gauntlet-harness");

  private HarnessThreads() {}

  /**
   * Runs {@code setup} on a harness thread and returns what it returns.
   *
   * @throws Exception what {@code setup} threw
   */
  public static <T> T call(Callable<T> setup) throws Exception {
    FutureTask<T> task = new FutureTask<>(setup);
    Thread thread = new Thread(GROUP, task, "gauntlet-harness-setup");
    thread.setDaemon(true);
    thread.setContextClassLoader(HarnessThreads.class.getClassLoader());
    thread.start();
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static ThreadGroup systemGroup() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    return group;
  }
}
