package dev.gauntlet.harness.engine;

import java.util.List;

/**
 * The minimal failing scenario of a property: what broke, and the smallest steps that break it.
 *
 * <p>Its message is what broke (the cause's message) followed by the numbered steps, so a failed
 * check reads as a short program. {@link #choices()} replays it exactly through
 * {@link Property#replay(List)}.
 */
public final class ScenarioFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final long seed;
  private final int example;
  private final transient List<Step> steps;
  private final int originalStepCount;
  private final int shrinkReplays;
  private final transient List<Long> choices;

  ScenarioFailure(long seed, int example, Execution minimal, int originalStepCount, int shrinkReplays) {
    super(describe(minimal.failure()) + "\n" + header(seed, example, minimal.steps(), originalStepCount, shrinkReplays)
        + "\n" + render(minimal.steps()), minimal.failure());
    this.seed = seed;
    this.example = example;
    this.steps = minimal.steps();
    this.originalStepCount = originalStepCount;
    this.shrinkReplays = shrinkReplays;
    this.choices = minimal.choices();
  }

  /** Returns the seed given to {@link Property#check(long)} or {@link Property#run(long)}; 0 for a replay. */
  public long seed() {
    return seed;
  }

  /** Returns which generated example first failed, from 0; 0 for a replay. */
  public int example() {
    return example;
  }

  /** Returns the steps of the minimal scenario, in order, notes included. */
  public List<Step> steps() {
    return steps;
  }

  /** Returns what the minimal scenario threw. */
  public Throwable cause() {
    return getCause();
  }

  /** Returns how many numbered steps (notes not counted) the failing scenario had before shrinking. */
  public int originalStepCount() {
    return originalStepCount;
  }

  /** Returns how many replays shrinking spent (the final replay of the minimal choices excluded). */
  public int shrinkReplays() {
    return shrinkReplays;
  }

  /** Returns the minimal choice sequence, without trailing zeros. */
  public List<Long> choices() {
    return choices;
  }

  /** Returns the steps as numbered lines, e.g. {@code "  3. FAULT crash(node-2)"}. */
  public String renderSteps() {
    return render(steps);
  }

  private static String render(List<Step> steps) {
    return steps.isEmpty() ? "  (no steps)" : StepRenderer.render(steps);
  }

  /** Assertion messages say what broke on their own; other throwables need their class to. */
  private static String describe(Throwable cause) {
    return cause instanceof AssertionError && cause.getMessage() != null ? cause.getMessage() : String.valueOf(cause);
  }

  private static String header(long seed, int example, List<Step> steps, int original, int replays) {
    return "Minimal scenario (seed " + seed + ", example " + example + "; " + numbered(steps) + " steps, shrunk from "
        + original + " in " + replays + " replays):";
  }

  /** Counts the numbered steps: notes give context but are not steps of the scenario. */
  static int numbered(List<Step> steps) {
    return (int) steps.stream().filter(s -> s.kind() != Step.Kind.NOTE).count();
  }
}
