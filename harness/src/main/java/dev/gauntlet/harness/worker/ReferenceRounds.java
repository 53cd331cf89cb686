package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.check.Baselines;
import dev.gauntlet.harness.check.Candidates;
import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.harness.systems.Workloads;
import java.util.Optional;

/** Runs the rounds a reference worker is asked for, on the reference found on its class path. */
final class ReferenceRounds {

  private ReferenceRounds() {}

  static Measurement run(Message request) {
    if (!Message.BASELINE_REQUEST.equals(request.type())) {
      throw new IllegalArgumentException("expected a baseline-request, got " + request.type());
    }
    Workload<?> workload = Workloads.byId(request.workload()).orElseThrow(
        () -> new IllegalArgumentException("unknown workload " + request.workload()));
    Object reference = Candidates.load(workload.factoryType(), Optional.empty());
    return Baselines.runRound(workload, reference, request.seed(), request.budgetNanos());
  }
}
