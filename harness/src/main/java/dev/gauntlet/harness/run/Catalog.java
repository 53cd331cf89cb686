package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.Systems;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import org.junit.platform.engine.DiscoverySelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** Finds the checks of each system by asking the JUnit Platform what its suites contain. */
public final class Catalog {

  private Catalog() {}

  /** Returns every check of every system, in grading order. */
  public static List<CheckDescriptor> all() {
    List<CheckDescriptor> checks = new ArrayList<>();
    for (GradedSystem system : Systems.all()) {
      checks.addAll(of(system));
    }
    return checks;
  }

  /**
   * Returns the checks of one system, ordered by suite and then by declaration.
   *
   * @throws IllegalStateException if two checks share an id
   */
  public static List<CheckDescriptor> of(GradedSystem system) {
    return of(system, List.of());
  }

  /**
   * Returns the checks of one system: its own suites, and those of its suites ({@code @CheckSuite}
   * with its id) that the instructors' jars hold, ordered by suite and then by declaration.
   *
   * @param suiteJars jars of instructors' suites; on a worker's class path already, and loaded
   *     here through {@link SuiteJars#loader} when they are not
   * @throws IllegalStateException if two checks share an id
   * @throws IllegalArgumentException if a check of a suite jar does not start with the system id
   */
  public static List<CheckDescriptor> of(GradedSystem system, List<Path> suiteJars) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    selectors.add(DiscoverySelectors.selectPackage(system.suitePackage()));
    if (!suiteJars.isEmpty()) {
      selectors.addAll(DiscoverySelectors.selectClasspathRoots(new LinkedHashSet<>(suiteJars)));
    }
    List<CheckDescriptor> checks = new ArrayList<>();
    SuiteJars.withLoader(suiteJars, () -> {
      TestPlan plan = Launchers.create().discover(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectors)
          .enableImplicitConfigurationParameters(false)
          .build());
      for (TestIdentifier root : plan.getRoots()) {
        collect(plan, root, system, checks);
      }
      checks.sort(CheckOrder.CATALOG);
    });
    for (CheckDescriptor check : checks) {
      if (!check.id().startsWith(system.id() + ".")) {
        throw new IllegalArgumentException("check " + check.id() + " of " + check.className()
            + " must have an id that starts with '" + system.id() + ".'");
      }
    }
    Set<String> ids = new HashSet<>();
    for (CheckDescriptor check : checks) {
      if (!ids.add(check.id())) {
        throw new IllegalStateException("two checks share the id " + check.id());
      }
    }
    return checks;
  }

  /** Returns the descriptor of a test, if it is a check. */
  static java.util.Optional<CheckDescriptor> describe(TestIdentifier test, String systemId) {
    if (test.getSource().orElse(null) instanceof MethodSource source) {
      Method method = source.getJavaMethod();
      Check check = method.getAnnotation(Check.class);
      CheckSuite suite = method.getDeclaringClass().getAnnotation(CheckSuite.class);
      if (check != null && suite != null && suite.system().equals(systemId)) {
        return java.util.Optional.of(new CheckDescriptor(check.id(), suite.system(), suite.name(),
            check.title(), check.category(), check.points(), source.getClassName(),
            source.getMethodName()));
      }
    }
    return java.util.Optional.empty();
  }

  private static void collect(TestPlan plan, TestIdentifier node, GradedSystem system,
      List<CheckDescriptor> into) {
    describe(node, system.id()).ifPresent(into::add);
    for (TestIdentifier child : plan.getChildren(node)) {
      collect(plan, child, system, into);
    }
  }

  /** Returns the parameter types of a check's method, comma-separated, as JUnit selects them. */
  static String parameterTypeNames(CheckDescriptor check) {
    try {
      Class<?> type = Class.forName(check.className(), false,
          Thread.currentThread().getContextClassLoader());
      for (Method method : type.getDeclaredMethods()) {
        if (method.getName().equals(check.methodName()) && method.isAnnotationPresent(Check.class)) {
          return java.util.Arrays.stream(method.getParameterTypes()).map(Class::getName)
              .collect(java.util.stream.Collectors.joining(","));
        }
      }
      return "";
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("check class vanished: " + check.className(), e);
    }
  }
}
