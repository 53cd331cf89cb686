package dev.gauntlet.harness.guard;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Tells who is ending the JVM, from a shutdown hook: the thread that called {@code System.exit}
 * or {@code Runtime.exit} waits inside {@code java.lang.Shutdown.exit} for the hooks to finish,
 * so its stack still shows the call and the candidate's code that made it.
 * {@code Runtime.halt} runs no hooks and leaves no witness; the parent tells it by the exit
 * status alone.
 */
public final class ExitWitness {

  private ExitWitness() {}

  /**
   * Returns how the JVM is being ended and from where, e.g.
   * {@code System.exit in hostile.Quitter.put(Quitter.java:12)}; empty when no thread is in
   * {@code Shutdown.exit} (the JVM ends for another reason, e.g. a signal).
   */
  public static Optional<String> describe(Map<Thread, StackTraceElement[]> stacks) {
    return stacks.values().stream().map(ExitWitness::describe).flatMap(Optional::stream)
        .findFirst();
  }

  /** Returns how and where {@code stack} ends the JVM, if it is a call of exit. */
  static Optional<String> describe(StackTraceElement[] stack) {
    int shutdown = indexOf(stack, 0, "java.lang.Shutdown", "exit");
    if (shutdown < 0) {
      return Optional.empty();
    }
    int runtime = indexOf(stack, shutdown, "java.lang.Runtime", "exit");
    int after = runtime < 0 ? shutdown + 1 : runtime + 1;
    String how = "Runtime.exit";
    if (after < stack.length && stack[after].getClassName().equals("java.lang.System")
        && stack[after].getMethodName().equals("exit")) {
      how = "System.exit";
      after++;
    }
    String where = Frames.where(Arrays.copyOfRange(stack, Math.min(after, stack.length),
        stack.length));
    return Optional.of(where.isEmpty() ? how : how + " " + where);
  }

  private static int indexOf(StackTraceElement[] stack, int from, String type, String method) {
    for (int i = from; i < stack.length; i++) {
      if (stack[i].getClassName().equals(type) && stack[i].getMethodName().equals(method)) {
        return i;
      }
    }
    return -1;
  }
}
