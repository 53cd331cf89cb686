package dev.gauntlet.harness.testing;

import dev.gauntlet.harness.check.ConfigKeys;
import dev.gauntlet.harness.check.RunOptions;
import dev.gauntlet.harness.run.CheckListener;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.SuiteRunner;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.Systems;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Grades an implementation class in this JVM, as the harness's own tests do: planted bugs must
 * fail the check meant for them, and the reference must keep full marks.
 */
public final class InProcessGrading {

  /** The seed the harness's own tests grade with, so their verdicts are reproducible. */
  public static final long SEED = 20261204L;

  private final GradedSystem system;
  private final Class<?> factory;
  private final Map<String, String> config = new HashMap<>();
  private Map<String, String> options = Map.of();

  private InProcessGrading(GradedSystem system, Class<?> factory) {
    this.system = system;
    this.factory = factory;
    config.put(ConfigKeys.SEED, Long.toString(SEED));
    config.put(ConfigKeys.FACTORY_PREFIX + system.id(), factory.getName());
  }

  /** Starts grading {@code factory} as a candidate for the system {@code systemId}. */
  public static InProcessGrading of(String systemId, Class<?> factory) {
    return new InProcessGrading(Systems.byId(systemId).orElseThrow(), factory);
  }

  /** Compares throughput against {@code referenceFactory}, run in this JVM. */
  public InProcessGrading baseline(Class<?> referenceFactory) {
    config.put(ConfigKeys.IN_PROCESS_BASELINE_PREFIX + system.id(), referenceFactory.getName());
    return this;
  }

  /** Grades with another seed. */
  public InProcessGrading seed(long seed) {
    config.put(ConfigKeys.SEED, Long.toString(seed));
    return this;
  }

  /** Sets a rubric setting of one check. */
  public InProcessGrading setting(String checkId, String name, double value) {
    config.put(ConfigKeys.SETTING_PREFIX + checkId + "." + name, Double.toString(value));
    return this;
  }

  /** Gives every check this time limit (as {@code --check-timeout} does). */
  public InProcessGrading checkTimeLimit(Duration limit) {
    config.put(ConfigKeys.CHECK_TIME_LIMIT, Long.toString(limit.toMillis()));
    return this;
  }

  /** Sets the run options (e.g. the leaderboard's backend) for the duration of the run. */
  public InProcessGrading options(Map<String, String> runOptions) {
    this.options = Map.copyOf(runOptions);
    return this;
  }

  /** Runs the named checks (all of the system's when none are named); results by check id. */
  public Map<String, CheckResult> run(String... checkIds) {
    Set<String> wanted = Set.of(checkIds);
    Map<String, CheckResult> results = new LinkedHashMap<>();
    CheckListener collect = result -> results.put(result.id(), result);
    Map<String, String> before = RunOptions.all();
    RunOptions.install(options);
    try {
      SuiteRunner.run(system, c -> wanted.isEmpty() || wanted.contains(c.id()), config, collect);
    } finally {
      RunOptions.install(before);
    }
    return results;
  }

  /** Runs one check and returns its result. */
  public CheckResult check(String checkId) {
    CheckResult result = run(checkId).get(checkId);
    if (result == null) {
      throw new AssertionError("no check " + checkId + " in system " + system.id()
          + " (factory " + factory.getName() + ")");
    }
    return result;
  }
}
