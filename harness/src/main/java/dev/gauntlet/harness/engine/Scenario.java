package dev.gauntlet.harness.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * One test case: the source of its choices, and the log of the steps it took.
 *
 * <p>Every draw consumes one entry of a choice sequence, an unsigned long in {@code [0, range)}
 * where 0 is the simplest value. A generated scenario draws the entries at random and records
 * them; a replayed one reads them back, so the shrinker can edit the sequence and rerun the
 * body: an entry out of range is clamped to the largest valid one, and reading past the end
 * yields 0, so every edited sequence is still a valid scenario. A draw with a single possible
 * outcome consumes nothing.
 */
public final class Scenario {

  /** Bounds the choices of one scenario so that a body that never stops drawing fails clearly. */
  static final int MAX_CHOICES = 100_000;

  private final SplittableRandom random;
  private final List<Long> given;
  private final List<Long> choices = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private final List<Execution.Span> spans = new ArrayList<>();
  private int spanStart = -1;
  private int stepsInLoop;
  private int numbered;
  private int lastNumbered = -1;
  private IllegalStateException overrun;

  private Scenario(SplittableRandom random, List<Long> given) {
    this.random = random;
    this.given = given;
  }

  static Scenario generating(SplittableRandom random) {
    return new Scenario(Objects.requireNonNull(random), null);
  }

  static Scenario replaying(List<Long> choices) {
    return new Scenario(null, List.copyOf(choices));
  }

  /** Returns a long in {@code [lo, hi]}, uniformly; shrinks toward {@code lo}. */
  public long longBetween(long lo, long hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("longBetween needs lo <= hi but was [" + lo + ", " + hi + "]");
    }
    long max = hi - lo; // unsigned: the full long range fits
    return max == 0 ? lo : lo + draw(max, () -> uniform(max));
  }

  /** Returns an int in {@code [lo, hi]}, uniformly; shrinks toward {@code lo}. */
  public int intBetween(int lo, int hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("intBetween needs lo <= hi but was [" + lo + ", " + hi + "]");
    }
    return (int) longBetween(lo, hi);
  }

  /**
   * Returns true with {@code probabilityTrue}; shrinks toward false. A probability of 0 or 1 is
   * not a choice and consumes nothing.
   */
  public boolean coin(double probabilityTrue) {
    if (!(probabilityTrue >= 0 && probabilityTrue <= 1)) {
      throw new IllegalArgumentException("coin needs a probability in [0, 1] but was " + probabilityTrue);
    }
    if (probabilityTrue == 0 || probabilityTrue == 1) {
      return probabilityTrue == 1;
    }
    return draw(1, () -> random.nextDouble() < probabilityTrue ? 1 : 0) == 1;
  }

  /** Returns one of {@code options}, uniformly; shrinks toward {@code options.get(0)}. */
  public <T> T pick(List<T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("pick needs at least one option");
    }
    long max = options.size() - 1L;
    return options.get((int) (max == 0 ? 0 : draw(max, () -> random.nextLong(max + 1))));
  }

  /**
   * Returns one of {@code options} with probability proportional to its weight; shrinks toward the
   * first option of positive weight. An option of weight 0 is never returned, even on replay.
   */
  public <T> T pickWeighted(List<T> options, int... weights) {
    if (options.size() != weights.length) {
      throw new IllegalArgumentException("pickWeighted needs one weight per option but had "
          + weights.length + " weights for " + options.size() + " options");
    }
    List<Integer> eligible = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("pickWeighted needs weights >= 0 but weight " + i + " was " + weights[i]);
      }
      if (weights[i] > 0) {
        eligible.add(i);
        total += weights[i];
      }
    }
    if (eligible.isEmpty()) {
      throw new IllegalArgumentException("pickWeighted needs at least one positive weight");
    }
    long max = eligible.size() - 1L;
    long sum = total;
    long position = max == 0 ? 0 : draw(max, () -> {
      long r = random.nextLong(sum);
      for (int p = 0; ; p++) {
        r -= weights[eligible.get(p)];
        if (r < 0) {
          return p;
        }
      }
    });
    return options.get(eligible.get((int) position));
  }

  /**
   * Asks "one more step?": true with probability {@code 1 - 1/averageLength}, and false without a
   * draw once {@code maxLength} steps of the current loop were taken; shrinks toward false. Each
   * call also marks where a step's choices start, so the shrinker can delete whole steps. Steps
   * are counted since the last false, so a body may run several loops one after the other.
   */
  public boolean another(int averageLength, int maxLength) {
    if (averageLength < 1 || maxLength < 0) {
      throw new IllegalArgumentException("another needs averageLength >= 1 and maxLength >= 0 but was "
          + averageLength + " and " + maxLength);
    }
    closeSpan();
    boolean more = stepsInLoop < maxLength && coin(1 - 1.0 / averageLength);
    if (more) {
      spanStart = choices.size() - 1;
      stepsInLoop++;
    } else {
      stepsInLoop = 0;
    }
    return more;
  }

  /** Logs an operation, written like code, e.g. {@code store.put("k1", "a")}. */
  public void step(String code) {
    log(Step.Kind.OPERATION, code);
  }

  /** Logs a fault injected by the nemesis, e.g. {@code crash(node-2)}. */
  public void fault(String code) {
    log(Step.Kind.FAULT, code);
  }

  /** Logs a virtual clock advance, e.g. {@code clock.advance(250 ms)}. */
  public void clock(String code) {
    log(Step.Kind.CLOCK, code);
  }

  /**
   * Attaches what the last numbered step returned, e.g. {@code Optional[a]}.
   *
   * @throws IllegalStateException if no operation, fault or clock step was logged yet
   */
  public void observe(String text) {
    if (lastNumbered < 0) {
      throw new IllegalStateException("observe(\"" + text + "\") needs a step before it");
    }
    steps.set(lastNumbered, steps.get(lastNumbered).withObserved(text));
  }

  /** Logs a free-form context line (e.g. the initial configuration); it is not numbered. */
  public void note(String text) {
    steps.add(new Step(0, Step.Kind.NOTE, text, null));
  }

  /** Returns the steps logged so far, in order. */
  public List<Step> steps() {
    return Collections.unmodifiableList(steps);
  }

  private void log(Step.Kind kind, String code) {
    lastNumbered = steps.size();
    steps.add(new Step(++numbered, kind, code, null));
  }

  /** Consumes one choice in {@code [0, max]} (unsigned), generated or replayed, and records it. */
  private long draw(long max, LongSupplier generate) {
    if (choices.size() >= MAX_CHOICES) {
      overrun = new IllegalStateException("scenario drew more than " + MAX_CHOICES
          + " choices; a loop that never ends? bound it with another(averageLength, maxLength)");
      throw overrun;
    }
    long value;
    if (given == null) {
      value = generate.getAsLong();
    } else {
      value = choices.size() < given.size() ? given.get(choices.size()) : 0;
      value = Long.compareUnsigned(value, max) > 0 ? max : value;
    }
    choices.add(value);
    return value;
  }

  private long uniform(long max) {
    if (max == -1L) {
      return random.nextLong();
    } else if (max == Long.MAX_VALUE) {
      return random.nextLong() >>> 1;
    } else if (max >= 0) {
      return random.nextLong(max + 1);
    }
    long r; // max is above 2^63 unsigned: rejection accepts more than half the draws
    do {
      r = random.nextLong();
    } while (Long.compareUnsigned(r, max) > 0);
    return r;
  }

  private void closeSpan() {
    if (spanStart >= 0 && choices.size() > spanStart) {
      spans.add(new Execution.Span(spanStart, choices.size()));
    }
    spanStart = -1;
  }

  /** Ends the run: what it threw (or null), with the choices it made and the steps it logged. */
  Execution finish(Throwable thrown) {
    closeSpan();
    Throwable failure = overrun != null ? overrun : thrown;
    return new Execution(Execution.canonical(choices), List.copyOf(steps), List.copyOf(spans), failure, overrun != null);
  }
}
