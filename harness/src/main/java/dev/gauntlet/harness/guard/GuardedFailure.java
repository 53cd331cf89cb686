package dev.gauntlet.harness.guard;

/**
 * Thrown in place of a check's own outcome when the guard had to step in: its message is the
 * verdict in one line; {@link #expected()} and {@link #observed()} give the details a report
 * shows.
 */
public final class GuardedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Verdict verdict;
  private final String expected;
  private final String observed;
  private final String thrownClass;
  private final String frames;

  GuardedFailure(Verdict verdict, String message, String expected, String observed,
      String thrownClass, String frames) {
    super(message, null, false, false); // the harness's own stack says nothing; frames do
    this.verdict = verdict;
    this.expected = expected;
    this.observed = observed;
    this.thrownClass = thrownClass;
    this.frames = frames;
  }

  /** Returns what the guard found. */
  public Verdict verdict() {
    return verdict;
  }

  /** Returns what the guarantee required, e.g. "to finish within 30 s". */
  public String expected() {
    return expected;
  }

  /** Returns what the candidate did instead: where it ran, which threads, which locks. */
  public String observed() {
    return observed;
  }

  /** Returns the class of what the candidate threw, when it threw (an OutOfMemoryError). */
  public String thrownClass() {
    return thrownClass;
  }

  /** Returns the frames of the thread that broke the guarantee, one per line, or null. */
  public String frames() {
    return frames;
  }
}
