package dev.gauntlet.harness.check;

import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.Systems;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the candidate's implementation of a system's factory. */
public final class Candidates {

  private Candidates() {}

  /**
   * Returns a new instance of the factory: the class named by {@code explicitClass} when given,
   * else the one implementation ServiceLoader finds on the class path.
   *
   * @throws CandidateLoadException with a message that says what to do
   */
  public static <F> F load(Class<F> factoryType, Optional<String> explicitClass) {
    return explicitClass.isPresent()
        ? instantiate(factoryType, explicitClass.get())
        : loadService(factoryType);
  }

  private static <F> F loadService(Class<F> factoryType) {
    String service = factoryType.getName();
    try {
      List<ServiceLoader.Provider<F>> providers =
          ServiceLoader.load(factoryType).stream().collect(Collectors.toList());
      if (providers.isEmpty()) {
        throw new CandidateLoadException("no implementation of " + service + " found: list your"
            + " factory class in META-INF/services/" + service);
      }
      if (providers.size() > 1) {
        throw new CandidateLoadException("found " + providers.size() + " implementations of "
            + service + " (" + providers.stream().map(p -> p.type().getName())
                .collect(Collectors.joining(", "))
            + "): keep exactly one in META-INF/services/" + service);
      }
      return providers.get(0).get();
    } catch (ServiceConfigurationError | LinkageError e) {
      throw new CandidateLoadException("could not load the implementation of " + service + ": "
          + rootMessage(e) + " (check META-INF/services/" + service
          + " names a public class with a public no-argument constructor)", e);
    }
  }

  private static <F> F instantiate(Class<F> factoryType, String className) {
    try {
      Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
      if (!factoryType.isAssignableFrom(type)) {
        throw new CandidateLoadException(className + " does not implement " + factoryType.getName());
      }
      return factoryType.cast(type.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | LinkageError e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new CandidateLoadException("could not create " + className + ": " + rootMessage(cause),
          cause);
    }
  }

  /** Returns the system a factory type belongs to, for messages. */
  static String systemOf(Class<?> factoryType) {
    return Systems.byFactory(factoryType).map(GradedSystem::id).orElse(factoryType.getName());
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
