package dev.gauntlet.harness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScenarioTests {

  @Test
  void readingPastTheEndYieldsTheSimplestChoices() {
    Scenario s = Scenario.replaying(List.of());
    assertEquals(-5, s.longBetween(-5, 5));
    assertEquals(3, s.intBetween(3, 9));
    assertFalse(s.coin(0.9));
    assertEquals("a", s.pick(List.of("a", "b")));
    assertEquals("a", s.pickWeighted(List.of("a", "b"), 1, 99));
    assertFalse(s.another(10, 100));
  }

  @Test
  void outOfRangeChoicesAreClampedToTheLargestValue() {
    Scenario s = Scenario.replaying(List.of(1000L, 7L, 9L, -1L));
    assertEquals(9, s.intBetween(0, 9));
    assertTrue(s.coin(0.5));
    assertEquals("c", s.pick(List.of("a", "b", "c")));
    assertEquals(Long.MAX_VALUE, s.longBetween(0, Long.MAX_VALUE));
    assertEquals(List.of(9L, 1L, 2L, Long.MAX_VALUE), s.finish(null).choices());
  }

  @Test
  void theFullLongRangeIsAChoice() {
    Scenario s = Scenario.replaying(List.of(0L, -1L));
    assertEquals(Long.MIN_VALUE, s.longBetween(Long.MIN_VALUE, Long.MAX_VALUE));
    assertEquals(Long.MAX_VALUE, s.longBetween(Long.MIN_VALUE, Long.MAX_VALUE));
    Scenario g = Scenario.generating(new SplittableRandom(1));
    for (int i = 0; i < 100; i++) {
      long v = g.longBetween(-3, Long.MAX_VALUE);
      assertTrue(v >= -3, "drew " + v);
    }
  }

  @Test
  void choicesWithOneOutcomeConsumeNothing() {
    Scenario s = Scenario.replaying(List.of(1L));
    assertEquals(4, s.intBetween(4, 4));
    assertEquals("only", s.pick(List.of("only")));
    assertTrue(s.coin(1.0));
    assertFalse(s.coin(0.0));
    assertEquals("b", s.pickWeighted(List.of("a", "b", "c"), 0, 5, 0));
    assertEquals(11, s.intBetween(10, 11)); // the one given choice is still unread
  }

  @Test
  void zeroWeightOptionsAreNeverPickedEvenOnReplay() {
    Scenario s = Scenario.replaying(List.of(0L, 1L, 5L));
    List<String> options = List.of("never", "x", "y");
    assertEquals("x", s.pickWeighted(options, 0, 1, 1));
    assertEquals("y", s.pickWeighted(options, 0, 1, 1));
    assertEquals("y", s.pickWeighted(options, 0, 1, 1));
  }

  @Test
  void anotherStopsAtMaxLengthWithoutDrawingAndRecordsSpans() {
    Scenario s = Scenario.replaying(List.of(1L, 1L, 1L, 1L));
    int steps = 0;
    while (s.another(100, 2)) {
      steps++;
    }
    assertEquals(2, steps);
    assertTrue(s.another(100, 2)); // a new loop counts from 0 again
    Execution run = s.finish(null);
    assertEquals(List.of(1L, 1L, 1L), run.choices());
    assertEquals(List.of(new Execution.Span(0, 1), new Execution.Span(1, 2), new Execution.Span(2, 3)), run.spans());
  }

  @Test
  void stepsAreNumberedAndObservationsAttachToTheLastStep() {
    Scenario s = Scenario.replaying(List.of());
    s.note("3 nodes");
    s.step("store.put(\"k1\", \"a\")");
    s.clock("clock.advance(3 ms)");
    s.note("between");
    s.observe("→ ok");
    s.fault("crash(node-2)");
    assertEquals(List.of(
        new Step(0, Step.Kind.NOTE, "3 nodes", null),
        new Step(1, Step.Kind.OPERATION, "store.put(\"k1\", \"a\")", null),
        new Step(2, Step.Kind.CLOCK, "clock.advance(3 ms)", "→ ok"),
        new Step(0, Step.Kind.NOTE, "between", null),
        new Step(3, Step.Kind.FAULT, "crash(node-2)", null)), s.steps());
  }

  @Test
  void observeBeforeAnyStepIsAnError() {
    Scenario s = Scenario.replaying(List.of());
    s.note("setup");
    assertThrows(IllegalStateException.class, () -> s.observe("x"));
  }

  @Test
  void invalidArgumentsNameTheValue() {
    Scenario s = Scenario.replaying(List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.intBetween(5, 1));
    assertTrue(e.getMessage().contains("[5, 1]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.coin(1.5));
    assertThrows(IllegalArgumentException.class, () -> s.coin(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> s.pick(List.of()));
    assertThrows(IllegalArgumentException.class, () -> s.pickWeighted(List.of("a"), 1, 2));
    assertThrows(IllegalArgumentException.class, () -> s.pickWeighted(List.of("a"), 0));
    assertThrows(IllegalArgumentException.class, () -> s.another(0, 10));
  }

  @Test
  void aBodyThatNeverStopsDrawingFailsClearlyEvenIfItCatches() {
    Scenario s = Scenario.generating(new SplittableRandom(3));
    List<Integer> drawn = new ArrayList<>();
    Execution run = Execution.of(sc -> {
      try {
        while (true) {
          drawn.add(sc.intBetween(0, 9));
        }
      } catch (IllegalStateException swallowed) {
        // a body that hides the error must still fail
      }
    }, s);
    assertTrue(run.overran());
    assertEquals(Scenario.MAX_CHOICES, drawn.size());
    assertInstanceOf(IllegalStateException.class, run.failure());
    assertTrue(run.failure().getMessage().contains("100000 choices"), run.failure().getMessage());
  }
}
