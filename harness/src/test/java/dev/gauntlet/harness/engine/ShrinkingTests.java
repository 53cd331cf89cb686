package dev.gauntlet.harness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShrinkingTests {

  private static List<String> codes(ScenarioFailure failure) {
    return failure.steps().stream().map(Step::code).toList();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4})
  void aLargeValueAfterThreeStepsShrinksToThreeZerosAndFifty(long seed) {
    ScenarioFailure failure = Property.of(s -> {
      int taken = 0;
      while (s.another(30, 300)) {
        int x = s.intBetween(0, 100);
        s.step("push(" + x + ")");
        GuaranteeViolation.expectTrue("no large value after 3 pushes", taken < 3 || x < 50, "pushed " + x);
        taken++;
      }
    }).run(seed).failure();
    assertEquals(List.of("push(0)", "push(0)", "push(0)", "push(50)"), codes(failure));
    assertEquals(List.of(1L, 0L, 1L, 0L, 1L, 0L, 1L, 50L), failure.choices());
    assertTrue(failure.originalStepCount() >= 4);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4})
  void twoOperationsInOrderShrinkToExactlyThoseTwo(long seed) {
    List<String> operations = List.of("get", "put", "delete", "scan");
    ScenarioFailure failure = Property.of(s -> {
      boolean put = false;
      while (s.another(20, 200)) {
        String op = s.pick(operations);
        int key = s.intBetween(0, 9);
        s.step("store." + op + "(k" + key + ")");
        if (op.equals("delete") && put) {
          throw new IllegalStateException("delete after put corrupts the index");
        }
        put |= op.equals("put");
      }
    }).run(seed).failure();
    assertEquals(List.of("store.put(k0)", "store.delete(k0)"), codes(failure));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4})
  void aFailureThatNeedsAFaultShrinksToTheFaultAndTheOperation(long seed) {
    ScenarioFailure failure = Property.of(s -> {
      boolean crashed = false;
      while (s.another(20, 200)) {
        if (s.coin(0.2)) {
          int node = s.intBetween(1, 3);
          s.fault("crash(node-" + node + ")");
          crashed = true;
        } else {
          String op = s.pick(List.of("read", "write"));
          s.step(op + "(k" + s.intBetween(0, 9) + ")");
          s.observe(crashed && op.equals("write") ? "acked" : "ok");
          GuaranteeViolation.expectTrue("no ack without a quorum", !(crashed && op.equals("write")), "write acked");
        }
      }
    }).run(seed).failure();
    assertEquals(List.of(
        new Step(1, Step.Kind.FAULT, "crash(node-1)", null),
        new Step(2, Step.Kind.OPERATION, "write(k0)", "acked")), failure.steps());
    assertEquals("  1. FAULT crash(node-1)\n  2. write(k0)  → acked", failure.renderSteps());
    String header = "no ack without a quorum: write acked\nMinimal scenario (seed " + seed + ", example "
        + failure.example() + "; 2 steps, shrunk from " + failure.originalStepCount() + " in "
        + failure.shrinkReplays() + " replays):\n";
    assertEquals(header + failure.renderSteps(), failure.getMessage());
  }

  /**
   * Two bugs: any value of at least 80 (found first, usually), and any value of at most 2 (which
   * every scenario reaches when values shrink toward 0). Shrinking must keep the first one found.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void shrinkingNeverSwapsOneBugForAnother(long seed) {
    ScenarioBody body = s -> {
      while (s.another(10, 100)) {
        int x = s.intBetween(0, 100);
        s.step("push(" + x + ")");
        if (x >= 80) {
          throw new IllegalStateException("overflow at " + x);
        }
        GuaranteeViolation.expectTrue("values stay above 2", x > 2, "pushed " + x);
      }
    };
    ScenarioFailure found = Property.of(body).shrinkAttempts(0).run(seed).failure();
    ScenarioFailure minimal = Property.of(body).run(seed).failure();
    assertEquals(found.cause().getClass(), minimal.cause().getClass());
    if (found.cause() instanceof GuaranteeViolation) {
      assertEquals(List.of("push(0)"), codes(minimal));
    } else {
      assertEquals(List.of("push(80)"), codes(minimal));
    }
  }

  /**
   * Two bugs throwing the same exception class from different methods: an overflow, which needs
   * a step before it, and an underflow, which shrinking the step before it would reach. The
   * throwing method tells them apart, so the overflow keeps its step of 11.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void twoDifferentExceptionsAreDifferentBugs(long seed) {
    ScenarioBody body = s -> {
      List<Integer> pushed = new ArrayList<>();
      while (s.another(10, 100)) {
        int x = s.intBetween(0, 100);
        s.step("push(" + x + ")");
        pushed.add(x);
        if (x <= 10) {
          Bugs.underflow(x);
        }
        if (pushed.size() >= 2 && x >= 90) {
          Bugs.overflow(x);
        }
      }
    };
    ScenarioFailure found = Property.of(body).shrinkAttempts(0).run(seed).failure();
    ScenarioFailure minimal = Property.of(body).run(seed).failure();
    boolean overflow = found.cause().getMessage().startsWith("overflow");
    assertEquals(overflow ? "overflow at 90" : "underflow at 0", minimal.cause().getMessage());
    assertEquals(overflow ? List.of("push(11)", "push(90)") : List.of("push(0)"), codes(minimal));
  }

  /** Two throwing methods, so two bugs with the same exception class. */
  private static final class Bugs {
    static void overflow(int x) {
      throw new IllegalStateException("overflow at " + x);
    }

    static void underflow(int x) {
      throw new IllegalStateException("underflow at " + x);
    }
  }
}
