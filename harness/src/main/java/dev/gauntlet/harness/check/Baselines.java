package dev.gauntlet.harness.check;

import dev.gauntlet.harness.systems.Workloads;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a run's reference measurements come from.
 *
 * <p>A graded run's baseline talks to the parent over the worker's channel, so it is kept where
 * no static field leads: in the JUnit launcher session's store ({@link #STORE_NAMESPACE}), which
 * only a running check's context reaches. A candidate that reflects over the harness's static
 * fields finds no way to the channel.
 */
public final class Baselines {

  /** The namespace of the launcher session's store that holds the run's baseline. */
  public static final List<Object> STORE_NAMESPACE = List.of("dev.gauntlet.harness", "baseline");
  /** Its key there. */
  public static final String STORE_KEY = "baseline";

  private Baselines() {}

  /**
   * Returns {@code installed}, the baseline the run was given; else, when the configuration names
   * a reference factory for the workload's system, one that runs it in this JVM (the harness's
   * own tests); else one that says why there is nothing to compare against.
   */
  static Baseline forRun(Baseline installed, Function<String, Optional<String>> config) {
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
