package dev.gauntlet.harness.guard;

/**
 * What a candidate did that the harness had to contain, with the guarantee it broke. The
 * guarantee is the fixed text reports show as {@code failure.guarantee}; details go in the
 * message and in {@code observed}.
 */
public enum Verdict {

  /** The check ran past its time limit (a loop, a wait that never ends, a deadlock). */
  TIMED_OUT("a check finishes within its time limit"),
  /** The check used up the worker's heap. */
  OUT_OF_MEMORY("a check runs within the worker's heap"),
  /** Threads the candidate started were still alive when the check returned. */
  THREADS_LEFT_RUNNING("a check leaves no threads running when it returns"),
  /** The candidate started threads past the worker's cap. */
  THREAD_BOMB("a submission keeps the worker's live threads under its cap"),
  /** The candidate ended the JVM: {@code System.exit}, {@code Runtime.exit} or {@code halt}. */
  EXITED("a submission never ends the JVM it is graded in"),
  /** The worker JVM died from outside or crashed (a signal, the kernel's out-of-memory killer). */
  WORKER_KILLED("the worker JVM survives the check");

  private final String guarantee;

  Verdict(String guarantee) {
    this.guarantee = guarantee;
  }

  /** Returns the guarantee the candidate broke, one fixed line. */
  public String guarantee() {
    return guarantee;
  }
}
