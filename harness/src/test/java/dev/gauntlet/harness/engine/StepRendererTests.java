package dev.gauntlet.harness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepRendererTests {

  @Test
  void rendersNumberedStepsThatReadLikeCode() {
    List<Step> steps = List.of(
        new Step(0, Step.Kind.NOTE, "ring of 3 nodes, 2 replicas", null),
        new Step(1, Step.Kind.OPERATION, "store.put(\"k1\", \"a\")", null),
        new Step(2, Step.Kind.CLOCK, "clock.advance(3 ms)", null),
        new Step(3, Step.Kind.FAULT, "crash(node-2)", null),
        new Step(4, Step.Kind.OPERATION, "store.get(\"k1\")", "Optional.empty"));
    assertEquals(String.join("\n",
        "  # ring of 3 nodes, 2 replicas",
        "  1. store.put(\"k1\", \"a\")",
        "  2. clock.advance(3 ms)",
        "  3. FAULT crash(node-2)",
        "  4. store.get(\"k1\")  → Optional.empty"), StepRenderer.render(steps));
  }

  @Test
  void anArrowWrittenByTheCallerIsPrintedOnce() {
    List<Step> steps = List.of(new Step(1, Step.Kind.OPERATION, "get(1)", "→ Optional[a]"));
    assertEquals("  1. get(1)  → Optional[a]", StepRenderer.render(steps));
  }

  @Test
  void numbersStayAlignedPastNinetyNine() {
    List<Step> steps = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      steps.add(new Step(i, Step.Kind.OPERATION, "op()", null));
    }
    String[] lines = StepRenderer.render(steps).split("\n");
    assertEquals("    1. op()", lines[0]);
    assertEquals("  100. op()", lines[99]);
  }
}
