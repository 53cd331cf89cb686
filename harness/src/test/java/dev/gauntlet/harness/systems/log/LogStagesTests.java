package dev.gauntlet.harness.systems.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.log.stages.StageOneOnly;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A learner earns points stage by stage: with only stage 1 written, every stage-1 check passes
 * (the two stage-1 throughput checks too) and every other check says "not implemented". The
 * design checks are judged from stage 1 on: this fixture is built on the reference, so it breaks
 * {@code log.design.specs-only} and no other design rule.
 */
class LogStagesTests {

  private static final Set<String> STAGE_ONE_PERF = Set.of("log.perf.produce-acks1",
      "log.perf.fetch");

  @Test
  void aCandidateWithOnlyStageOneEarnsStageOnePointsAndNothingElse() {
    Map<String, CheckResult> results = InProcessGrading.of("log", StageOneOnly.class)
        .baseline(ReferenceLogFactory.class).run();
    assertEquals(29, results.size());
    results.values().forEach(r -> {
      boolean stageOne = r.suite().equals("stage1-broker") || STAGE_ONE_PERF.contains(r.id());
      if (r.id().equals("log.design.specs-only")) {
        assertEquals(CheckStatus.FAILED, r.status(), () -> r.id() + ": " + r.message());
      } else if (stageOne || r.suite().equals("design")) {
        assertEquals(CheckStatus.PASSED, r.status(), () -> r.id() + ": " + r.message());
      } else {
        assertEquals(CheckStatus.NOT_IMPLEMENTED, r.status(), () -> r.id() + ": "
            + r.message());
        assertTrue(r.message().contains("TODO"), r::message);
      }
      assertTrue(r.title().startsWith("Stage "), r::title);
    });
  }
}
