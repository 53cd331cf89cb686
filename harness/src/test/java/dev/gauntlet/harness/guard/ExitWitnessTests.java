package dev.gauntlet.harness.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who ends the JVM, read from the stacks a shutdown hook sees. */
class ExitWitnessTests {

  private static final StackTraceElement[] WAITING_FOR_HOOKS = {
      frame("java.lang.Object", "wait"), frame("java.lang.Thread", "join"),
      frame("java.lang.ApplicationShutdownHooks", "runHooks"),
      frame("java.lang.Shutdown", "runHooks"), frame("java.lang.Shutdown", "exit")};

  @Test
  void systemExitIsNamedWithTheCandidatesCallSite() {
    StackTraceElement[] stack = concat(WAITING_FOR_HOOKS, frame("java.lang.Runtime", "exit"),
        frame("java.lang.System", "exit"), frame(CheckGuardTests.class.getName(), "quit"),
        frame("dev.gauntlet.harness.guard.CheckGuard", "run"));

    assertEquals(Optional.of("System.exit in " + CheckGuardTests.class.getName()
        + ".quit(X.java:1)"), ExitWitness.describe(Map.of(Thread.currentThread(), stack)));
  }

  @Test
  void runtimeExitIsToldApart() {
    StackTraceElement[] stack = concat(WAITING_FOR_HOOKS, frame("java.lang.Runtime", "exit"),
        frame(CheckGuardTests.class.getName(), "quit"));

    assertEquals(Optional.of("Runtime.exit in " + CheckGuardTests.class.getName()
        + ".quit(X.java:1)"), ExitWitness.describe(stack));
  }

  @Test
  void noThreadInShutdownExitMeansNoExitCall() {
    assertEquals(Optional.empty(), ExitWitness.describe(Map.of(Thread.currentThread(),
        new StackTraceElement[] {frame("java.lang.Terminator$1", "handle")})));
  }

  private static StackTraceElement frame(String type, String method) {
    return new StackTraceElement(type, method, "X.java", 1);
  }

  private static StackTraceElement[] concat(StackTraceElement[] head, StackTraceElement... tail) {
    StackTraceElement[] all = new StackTraceElement[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
