package dev.gauntlet.harness.engine;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Runs a property over many generated scenarios and, on failure, shrinks it to a minimal one.
 *
 * <p>Runs are deterministic: example {@code i} of seed {@code s} always draws the same choices,
 * and shrinking is bounded by a count of replays, never by time, so the same seed gives the same
 * minimal scenario byte for byte. Instances are immutable; the setters return a copy.
 */
public final class Property {

  private static final int DEFAULT_EXAMPLES = 100;
  private static final int DEFAULT_SHRINK_ATTEMPTS = 2000;

  private final ScenarioBody body;
  private final int examples;
  private final int shrinkAttempts;

  private Property(ScenarioBody body, int examples, int shrinkAttempts) {
    this.body = body;
    this.examples = examples;
    this.shrinkAttempts = shrinkAttempts;
  }

  /** Returns a property that runs {@code body}, with 100 examples and 2000 shrink replays. */
  public static Property of(ScenarioBody body) {
    return new Property(Objects.requireNonNull(body, "body"), DEFAULT_EXAMPLES, DEFAULT_SHRINK_ATTEMPTS);
  }

  /** Returns a copy that generates {@code n} scenarios (at least 1). */
  public Property examples(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("examples must be at least 1 but was " + n);
    }
    return new Property(body, n, shrinkAttempts);
  }

  /** Returns a copy that spends at most {@code n} replays (at least 0) shrinking a failure. */
  public Property shrinkAttempts(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("shrinkAttempts must be at least 0 but was " + n);
    }
    return new Property(body, examples, n);
  }

  /**
   * Runs the property and throws its minimal failing scenario, if any.
   *
   * @throws ScenarioFailure if an example fails, with the minimal scenario that fails the same way
   * @throws UnsupportedOperationException if the candidate is not implemented (unshrunk, as thrown)
   * @throws VirtualMachineError if the body ran out of stack or memory (unshrunk, as thrown)
   */
  public void check(long seed) {
    Outcome outcome = run(seed);
    if (!outcome.passed()) {
      Throwable unsupported = find(outcome.failure().cause(), UnsupportedOperationException.class);
      if (unsupported != null) {
        throw (UnsupportedOperationException) unsupported;
      }
      throw outcome.failure();
    }
  }

  /**
   * Runs the property and returns its outcome instead of throwing. A failure that is "not
   * implemented" (an {@link UnsupportedOperationException} in its cause chain) is reported as
   * found, without shrinking.
   *
   * @throws VirtualMachineError if the body ran out of stack or memory (unshrunk, as thrown)
   */
  public Outcome run(long seed) {
    for (int i = 0; i < examples; i++) {
      Execution run = Execution.of(body, Scenario.generating(randomFor(seed, i)));
      if (run.failed()) {
        return new Outcome(false, i + 1, minimise(seed, i, run));
      }
    }
    return new Outcome(true, examples, null);
  }

  /**
   * Runs the body once on exactly {@code choices}, e.g. those of a {@link ScenarioFailure}. The
   * failure it returns, if any, is not shrunk and reports seed 0 and example 0.
   *
   * @throws VirtualMachineError if the body ran out of stack or memory
   */
  public Outcome replay(List<Long> choices) {
    Execution run = replayOnce(choices);
    if (!run.failed()) {
      return new Outcome(true, 1, null);
    }
    rethrowIfFatal(run.failure());
    return new Outcome(false, 1, new ScenarioFailure(0, 0, run, ScenarioFailure.numbered(run.steps()), 0));
  }

  private ScenarioFailure minimise(long seed, int example, Execution found) {
    rethrowIfFatal(found.failure());
    int original = ScenarioFailure.numbered(found.steps());
    if (found.overran() || find(found.failure(), UnsupportedOperationException.class) != null) {
      return new ScenarioFailure(seed, example, found, original, 0); // nothing to learn from shrinking
    }
    Shrinker shrinker = new Shrinker(this::replayOnce, found, shrinkAttempts);
    Execution best = shrinker.shrink();
    // The report's steps come from a run of exactly the choices it reports, so replay reproduces it.
    Execution last = replayOnce(best.choices());
    boolean reproduced = last.failed()
        && FailureSignature.of(last.failure()).equals(FailureSignature.of(found.failure()));
    return new ScenarioFailure(seed, example, reproduced ? last : best, original, shrinker.replays());
  }

  private Execution replayOnce(List<Long> choices) {
    return Execution.of(body, Scenario.replaying(choices));
  }

  /** Gives each example its own stream, so example {@code i} does not depend on the ones before. */
  private static SplittableRandom randomFor(long seed, int example) {
    return new SplittableRandom(mix(seed + mix(example + 1L) * 0x9E3779B97F4A7C15L));
  }

  /** SplitMix64's finaliser: spreads nearby seeds far apart. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Out of stack or memory says nothing a smaller scenario would say better, and retrying may not be safe. */
  private static void rethrowIfFatal(Throwable failure) {
    Throwable fatal = find(failure, VirtualMachineError.class);
    if (fatal != null) {
      throw (VirtualMachineError) fatal;
    }
  }

  private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }
}
