package dev.gauntlet.harness.guard;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names a deadlock among a check's threads, as the JVM sees it: threads each blocked on a monitor
 * or a lock ({@code java.util.concurrent.locks}) that another of them holds.
 */
final class Deadlocks {

  /**
   * A deadlock: the threads in it, quoted and comma-separated, and one line per thread saying
   * what it waits for and who holds it.
   */
  record Found(String threads, String waits) {}

  private Deadlocks() {}

  /** Returns the deadlock that involves any of {@code threads}, if the JVM finds one. */
  static Optional<Found> among(Collection<Thread> threads) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long[] deadlocked = bean.isSynchronizerUsageSupported() ? bean.findDeadlockedThreads()
        : bean.findMonitorDeadlockedThreads();
    if (deadlocked == null) {
      return Optional.empty();
    }
    Set<Long> ours = threads.stream().map(Thread::getId).collect(Collectors.toSet());
    if (Arrays.stream(deadlocked).noneMatch(ours::contains)) {
      return Optional.empty(); // not the check's doing
    }
    List<ThreadInfo> infos = Arrays.stream(bean.getThreadInfo(deadlocked, true, true))
        .filter(info -> info != null)
        .sorted(Comparator.comparing(ThreadInfo::getThreadName)).toList();
    String names = infos.stream().map(i -> "\"" + i.getThreadName() + "\"")
        .collect(Collectors.joining(", "));
    String waits = infos.stream().map(Deadlocks::waitOf).collect(Collectors.joining("\n"));
    return Optional.of(new Found(names, waits));
  }

  private static String waitOf(ThreadInfo info) {
    String where = Frames.where(info.getStackTrace());
    return "\"" + info.getThreadName() + "\"" + (where.isEmpty() ? "" : " " + where)
        + " waits for " + info.getLockName() + " held by \"" + info.getLockOwnerName() + "\"";
  }
}
