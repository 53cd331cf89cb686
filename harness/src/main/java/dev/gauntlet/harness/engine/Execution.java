package dev.gauntlet.harness.engine;

import java.util.List;

/**
 * One run of a body: the choices it made, the steps it logged, where its steps' choices lie,
 * and what it threw.
 *
 * @param choices the choices made, without trailing zeros (replaying them reads the same zeros)
 * @param steps the steps logged
 * @param spans the choices of each step, from one {@code another()} up to the next, in order
 * @param failure what the body threw, or {@code null} if it passed
 * @param overran whether the body drew more than {@link Scenario#MAX_CHOICES} choices
 */
record Execution(List<Long> choices, List<Step> steps, List<Span> spans, Throwable failure, boolean overran) {

  /** The choices {@code [start, end)} of one step. */
  record Span(int start, int end) {}

  boolean failed() {
    return failure != null;
  }

  /** Runs {@code body} on {@code scenario}, catching whatever it throws. */
  static Execution of(ScenarioBody body, Scenario scenario) {
    Throwable thrown = null;
    try {
      body.run(scenario);
    } catch (Throwable t) { // any throwable is a failure of the property, by contract
      thrown = t;
    }
    return scenario.finish(thrown);
  }

  /** Drops trailing zeros: past its end a sequence reads as zeros, so both replay the same. */
  static List<Long> canonical(List<Long> choices) {
    int end = choices.size();
    while (end > 0 && choices.get(end - 1) == 0) {
      end--;
    }
    return List.copyOf(choices.subList(0, end));
  }

  /** Orders choice sequences shortlex: shorter first, then lexicographically by unsigned value. */
  static int compareShortlex(List<Long> a, List<Long> b) {
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      int c = Long.compareUnsigned(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
