package dev.gauntlet.harness.guard;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The threads a check's code started: those alive now that were not alive when it began, in the
 * thread group the check ran in and its subgroups. The JVM's own threads (compiler, cleaner,
 * signal threads) live in the system group above it and are never counted.
 *
 * <p>A thread is put in its creator's group unless the creator names another; a candidate that
 * climbs to the system group on purpose escapes this count, but not the worker's cap on live
 * threads, and not the no-threads design rule.
 */
final class CandidateThreads {

  private CandidateThreads() {}

  /** Returns the live threads of {@code group} and its subgroups. */
  static Set<Thread> live(ThreadGroup group) {
    Thread[] threads = new Thread[group.activeCount() * 2 + 16];
    int n = group.enumerate(threads, true);
    while (n == threads.length) { // more threads started meanwhile: enumerate again, bigger
      threads = new Thread[threads.length * 2];
      n = group.enumerate(threads, true);
    }
    return Set.copyOf(Arrays.asList(threads).subList(0, n));
  }

  /** Returns the threads of {@code group} alive now and not in {@code before}, but {@code own}. */
  static List<Thread> startedSince(ThreadGroup group, Set<Thread> before, Thread own) {
    return live(group).stream()
        .filter(t -> !before.contains(t) && t != own && t.isAlive())
        .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
        .toList();
  }

  /** Describes threads for a report: name, state and where in the candidate's code each is. */
  static String describe(List<Thread> threads) {
    return threads.stream().map(CandidateThreads::describe).collect(Collectors.joining("; "));
  }

  static String describe(Thread thread) {
    String where = Frames.where(thread.getStackTrace());
    return "\"" + thread.getName() + "\" (" + thread.getState()
        + (thread.isDaemon() ? ", daemon" : "") + (where.isEmpty() ? "" : ", " + where) + ")";
  }

  /** Returns the names of {@code threads}, quoted, comma-separated. */
  static String names(List<Thread> threads) {
    return threads.stream().map(t -> "\"" + t.getName() + "\"")
        .collect(Collectors.joining(", "));
  }
}
