package dev.gauntlet.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputComparisonTests {

  @Test
  void scoreIsFullAboveTheFullMarkZeroBelowTheZeroMarkAndLinearBetween() {
    assertEquals(1.0, ThroughputComparison.score(0.8, 0.1, 0.5));
    assertEquals(1.0, ThroughputComparison.score(0.5, 0.1, 0.5));
    assertEquals(0.0, ThroughputComparison.score(0.1, 0.1, 0.5));
    assertEquals(0.0, ThroughputComparison.score(0.01, 0.1, 0.5));
    assertEquals(0.5, ThroughputComparison.score(0.3, 0.1, 0.5), 1e-12);
    assertEquals(0.25, ThroughputComparison.score(0.2, 0.1, 0.5), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> ThroughputComparison.score(1, 0.5, 0.5));
  }

  @Test
  void roundsAlternateReferenceFirstAndBothSidesGetTheSameSeeds() {
    List<String> calls = new ArrayList<>();
    List<Long> referenceSeeds = new ArrayList<>();
    List<Long> candidateSeeds = new ArrayList<>();
    ThroughputComparison.Result result = new ThroughputComparison(2, 3, 1000).run(
        (seed, budget) -> {
          calls.add("R");
          referenceSeeds.add(seed);
          return new Measurement(100, 1000);
        },
        (seed, budget) -> {
          calls.add("C");
          candidateSeeds.add(seed);
          return new Measurement(50, 1000);
        }, 42);
    assertEquals(List.of("R", "C", "R", "C", "R", "C", "R", "C", "R", "C"), calls);
    assertEquals(referenceSeeds, candidateSeeds);
    assertEquals(List.of("warm-up reference 1", "warm-up candidate 1", "warm-up reference 2",
        "warm-up candidate 2", "measured reference 1", "measured candidate 1",
        "measured reference 2", "measured candidate 2", "measured reference 3",
        "measured candidate 3"), result.order());
    assertEquals(0.5, result.ratio(), 1e-12);
  }

  @Test
  void warmUpRoundsDoNotCountAndEachSideTakesItsBestRound() {
    long[] referenceOps = {1, 1, 100, 200, 150}; // two warm-ups, then 100, 200, 150: best 200
    long[] candidateOps = {9999, 9999, 10, 50, 20}; // best 50, whatever the warm-ups did
    int[] round = {0, 0};
    ThroughputComparison.Result result = new ThroughputComparison(2, 3, 1000).run(
        (seed, budget) -> new Measurement(referenceOps[round[0]++], 1_000_000_000L),
        (seed, budget) -> new Measurement(candidateOps[round[1]++], 1_000_000_000L), 1);
    assertEquals(200, result.referenceOpsPerSecond(), 1e-9);
    assertEquals(50, result.candidateOpsPerSecond(), 1e-9);
    assertEquals(0.25, result.ratio(), 1e-12);
  }

  @Test
  void aDisturbedRoundDoesNotMoveTheFigure() {
    assertEquals(4, ThroughputComparison.best(new double[] {4, 1, 3, 2}), 1e-12);
  }

  @Test
  void aReferenceThatDidNothingGivesRatioZero() {
    assertEquals(0, new ThroughputComparison.Result(10, 0, List.of()).ratio());
  }
}
