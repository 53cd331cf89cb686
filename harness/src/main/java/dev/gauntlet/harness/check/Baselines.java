package dev.gauntlet.harness.check;

import dev.gauntlet.harness.systems.Workloads;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Where a run's reference measurements come from. */
public final class Baselines {

  /** Set by the worker: rounds are run by the reference's own worker, through the parent. */
  private static final AtomicReference<Baseline> INSTALLED = new AtomicReference<>();

  private Baselines() {}

  /** Installs the baseline of this JVM's graded run. */
  public static void install(Baseline baseline) {
    INSTALLED.set(baseline);
  }

  /**
   * Returns the installed baseline; else, when the configuration names a reference factory for
   * the workload's system, one that runs it in this JVM (the harness's own tests); else one
   * that says why there is nothing to compare against.
   */
  static Baseline forRun(Function<String, Optional<String>> config) {
    Baseline installed = INSTALLED.get();
    if (installed != null) {
      return installed;
    }
    return (workloadId, seed, budgetNanos) -> {
      Workload<?> workload = Workloads.byId(workloadId).orElseThrow(
          () -> new IllegalStateException("unknown workload " + workloadId));
      String system = Candidates.systemOf(workload.factoryType());
      String referenceClass = config.apply(ConfigKeys.IN_PROCESS_BASELINE_PREFIX + system)
          .orElseThrow(() -> new IllegalStateException(
              "no reference is available to compare " + system + " against in this run"));
      return runRound(workload, Candidates.load(workload.factoryType(), Optional.of(referenceClass)),
          seed, budgetNanos);
    };
  }

  /** Runs one round of {@code workload} on {@code factory}, which must be of its factory type. */
  public static <F> Measurement runRound(Workload<F> workload, Object factory, long seed,
      long budgetNanos) {
    return workload.round(workload.factoryType().cast(factory), seed, budgetNanos);
  }
}
