package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.Baseline;
import dev.gauntlet.harness.check.Baselines;
import dev.gauntlet.harness.systems.GradedSystem;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** Runs the checks of one system through the JUnit Platform Launcher, in this JVM. */
public final class SuiteRunner {

  private SuiteRunner() {}

  /**
   * Runs the checks of {@code system} that {@code selected} accepts, reporting each to
   * {@code listener} as it finishes.
   *
   * @param system the system
   * @param selected which of its checks to run
   * @param config JUnit configuration parameters: seed, factory class, rubric settings, the
   *     checks' time limit ({@link dev.gauntlet.harness.check.ConfigKeys})
   * @param listener told of each check as it starts and finishes
   * @return the checks that were asked for, in the order they were run
   */
  public static List<CheckDescriptor> run(GradedSystem system, Predicate<CheckDescriptor> selected,
      Map<String, String> config, CheckListener listener) {
    return run(system, List.of(), selected, config, null, listener);
  }

  /** Runs checks as {@link #run(GradedSystem, Predicate, Map, CheckListener)}, with those of
   * instructors' {@code suiteJars} (which must be on this JVM's class path). */
  public static List<CheckDescriptor> run(GradedSystem system, List<java.nio.file.Path> suiteJars,
      Predicate<CheckDescriptor> selected, Map<String, String> config, CheckListener listener) {
    return run(system, suiteJars, selected, config, null, listener);
  }

  /**
   * Runs checks as {@link #run(GradedSystem, List, Predicate, Map, CheckListener)}, with
   * {@code baseline} as the run's reference measurements (a graded run's, through the parent).
   * It is handed to the checks through the launcher session's store, never a static field.
   */
  public static List<CheckDescriptor> run(GradedSystem system, List<java.nio.file.Path> suiteJars,
      Predicate<CheckDescriptor> selected, Map<String, String> config, Baseline baseline,
      CheckListener listener) {
    List<CheckDescriptor> checks = Catalog.of(system, suiteJars).stream().filter(selected)
        .toList();
    if (checks.isEmpty()) {
      return checks;
    }
    // JUnit loads the selected classes through the context class loader: the suites' own.
    SuiteJars.withLoader(suiteJars, () -> execute(system, checks, config, baseline, listener));
    return checks;
  }

  private static void execute(GradedSystem system, List<CheckDescriptor> checks,
      Map<String, String> config, Baseline baseline, CheckListener listener) {
    List<DiscoverySelector> selectors = checks.stream()
        .map(SuiteRunner::selector)
        .toList();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectors)
        // A candidate's junit-platform.properties must not change how checks run.
        .enableImplicitConfigurationParameters(false)
        // Time limits are the guard's (CheckExtension): JUnit's own must not apply on top.
        .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
        .configurationParameter("junit.jupiter.testclass.order.default",
            CheckOrder.Suites.class.getName())
        .configurationParameter("junit.jupiter.testmethod.order.default",
            CheckOrder.Checks.class.getName())
        .configurationParameters(config)
        .build();
    try (LauncherSession session = Launchers.openSession()) {
      if (baseline != null) {
        session.getStore().put(Namespace.create(Baselines.STORE_NAMESPACE), Baselines.STORE_KEY,
            baseline);
      }
      session.getLauncher().execute(request, new ResultCollector(system.id(), listener));
    }
  }

  /**
   * Selects a check's method with its parameter types: selecting by name alone finds only a
   * method without parameters, so a check taking a {@code CheckContext} would never run.
   */
  private static DiscoverySelector selector(CheckDescriptor check) {
    String parameters = Catalog.parameterTypeNames(check);
    return DiscoverySelectors.selectMethod(check.className(), check.methodName(), parameters);
  }
}
