package dev.gauntlet.harness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PropertyTests {

  /** Fails once the sum of pushed values passes 300: long, varied scenarios before shrinking. */
  private static final ScenarioBody SUM_BELOW_300 = s -> {
    int sum = 0;
    while (s.another(20, 200)) {
      int x = s.intBetween(0, 100);
      s.step("push(" + x + ")");
      sum += x;
      GuaranteeViolation.expectTrue("sum stays below 300", sum < 300, "sum was " + sum);
    }
  };

  @Test
  void theSameSeedGivesTheSameFailureByteForByte() {
    ScenarioFailure first = Property.of(SUM_BELOW_300).run(42).failure();
    ScenarioFailure second = Property.of(SUM_BELOW_300).run(42).failure();
    assertEquals(first.steps(), second.steps());
    assertEquals(first.choices(), second.choices());
    assertEquals(first.example(), second.example());
    assertEquals(first.originalStepCount(), second.originalStepCount());
    assertEquals(first.shrinkReplays(), second.shrinkReplays());
    assertEquals(first.getMessage(), second.getMessage());
    assertEquals(42, first.seed());
  }

  @Test
  void differentSeedsGiveDifferentScenarios() {
    Property unshrunk = Property.of(SUM_BELOW_300).shrinkAttempts(0);
    Set<List<Long>> scenarios = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      scenarios.add(unshrunk.run(seed).failure().choices());
    }
    assertTrue(scenarios.size() >= 9, "only " + scenarios.size() + " distinct scenarios from 10 seeds");
  }

  @Test
  void aPassingPropertyRunsEveryExample() {
    AtomicInteger runs = new AtomicInteger();
    Outcome outcome = Property.of(s -> {
      runs.incrementAndGet();
      s.intBetween(0, 10);
    }).examples(37).run(1);
    assertTrue(outcome.passed());
    assertEquals(37, outcome.examplesRun());
    assertNull(outcome.failure());
    assertEquals(37, runs.get());
  }

  @Test
  void checkThrowsTheMinimalFailureWithItsRenderedSteps() {
    ScenarioFailure failure = assertThrows(ScenarioFailure.class, () -> Property.of(SUM_BELOW_300).check(7));
    assertInstanceOf(GuaranteeViolation.class, failure.cause());
    assertSame(failure.getCause(), failure.cause());
    assertTrue(failure.getMessage().startsWith("sum stays below 300: sum was 3"), failure.getMessage());
    assertTrue(failure.getMessage().endsWith(failure.renderSteps()), failure.getMessage());
    assertTrue(failure.steps().size() <= failure.originalStepCount());
  }

  @Test
  void replayingTheChoicesOfAFailureReproducesIt() {
    Property property = Property.of(SUM_BELOW_300);
    ScenarioFailure failure = property.run(3).failure();
    Outcome replayed = property.replay(failure.choices());
    assertFalse(replayed.passed());
    assertEquals(failure.steps(), replayed.failure().steps());
    assertEquals(failure.choices(), replayed.failure().choices());
    assertEquals(failure.cause().getMessage(), replayed.failure().cause().getMessage());
    assertEquals(0, replayed.failure().shrinkReplays());
  }

  @Test
  void notImplementedPropagatesUnshrunkAndUnwrapped() {
    AtomicInteger runs = new AtomicInteger();
    UnsupportedOperationException todo = new UnsupportedOperationException("TODO: implement put");
    Property property = Property.of(s -> {
      runs.incrementAndGet();
      while (s.another(5, 50)) {
        s.step("put(" + s.intBetween(0, 9) + ")");
      }
      throw new IllegalStateException("wrapped by the candidate", todo);
    });
    UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class, () -> property.check(5));
    assertSame(todo, thrown);
    assertEquals(1, runs.get());

    ScenarioFailure reported = property.run(5).failure();
    assertSame(todo, reported.cause().getCause());
    assertEquals(0, reported.shrinkReplays());
    assertEquals(reported.originalStepCount(), reported.steps().size());
  }

  @Test
  void outOfStackPropagatesUnshrunk() {
    AtomicInteger runs = new AtomicInteger();
    Property property = Property.of(s -> {
      runs.incrementAndGet();
      s.step("recurse()");
      throw new StackOverflowError("deep");
    });
    assertThrows(StackOverflowError.class, () -> property.check(1));
    assertThrows(StackOverflowError.class, () -> property.run(1));
    assertEquals(2, runs.get());
  }

  @Test
  void shrinkingStaysWithinItsReplayBudget() {
    AtomicInteger runs = new AtomicInteger();
    ScenarioBody body = s -> {
      runs.incrementAndGet();
      SUM_BELOW_300.run(s);
    };
    for (int budget : new int[] {0, 1, 10, 50}) {
      runs.set(0);
      Outcome outcome = Property.of(body).shrinkAttempts(budget).run(11);
      ScenarioFailure failure = outcome.failure();
      assertTrue(failure.shrinkReplays() <= budget, failure.shrinkReplays() + " > " + budget);
      // generated examples + shrink replays + the one final replay of the minimal choices
      assertEquals(outcome.examplesRun() + failure.shrinkReplays() + 1, runs.get());
    }
    assertTrue(Property.of(SUM_BELOW_300).run(11).failure().shrinkReplays() <= 2000);
  }

  @Test
  void settingsAreValidatedAndNameTheValue() {
    Property property = Property.of(s -> { });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> property.examples(0));
    assertEquals("examples must be at least 1 but was 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> property.shrinkAttempts(-1));
  }
}
