package dev.gauntlet.harness.design;

import com.tngtech.archunit.ArchConfiguration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * ArchUnit's configuration, pinned in code so that a candidate cannot change how its classes are
 * judged.
 *
 * <p>ArchUnit reads {@code archunit.properties} from the class path and lets {@code archunit.*}
 * system properties override it. A candidate could ship that file, or set those properties when
 * its class loads, to turn off the resolution of JDK classes (so that a {@code static final
 * HashMap} is no longer known to be a map) or to name a class resolver of its own. So: the
 * harness ships its own {@code archunit.properties}, first on every worker's class path; the
 * configuration is read once through the harness's class loader before any candidate code runs
 * ({@link #load()}); and every import and evaluation runs in a thread-local copy with each setting
 * that matters set explicitly, the {@code archunit.*} system properties cleared and the context
 * class loader reset. A setting that cannot be unset ({@code failureDisplayFormat}) fails the
 * design check instead of being obeyed.
 */
public final class ArchUnitSettings {

  private static final String RESOLUTION = "import.dependencyResolutionProcess.";

  /** ArchUnit's defaults for everything that changes what an import contains or a rule says. */
  private static final Map<String, String> PINNED = Map.ofEntries(
      Map.entry(ArchConfiguration.RESOLVE_MISSING_DEPENDENCIES_FROM_CLASS_PATH, "true"),
      Map.entry(ArchConfiguration.ENABLE_MD5_IN_CLASS_SOURCES, "false"),
      Map.entry("archRule.failOnEmptyShould", "true"),
      Map.entry(RESOLUTION + "maxIterationsForMemberTypes", "1"),
      Map.entry(RESOLUTION + "maxIterationsForAccessesToTypes", "1"),
      Map.entry(RESOLUTION + "maxIterationsForSupertypes", "-1"),
      Map.entry(RESOLUTION + "maxIterationsForPermittedSubclasses", "-1"),
      Map.entry(RESOLUTION + "maxIterationsForEnclosingTypes", "-1"),
      Map.entry(RESOLUTION + "maxIterationsForAnnotationTypes", "-1"),
      Map.entry(RESOLUTION + "maxIterationsForGenericSignatureTypes", "-1"));

  private ArchUnitSettings() {}

  /**
   * Reads ArchUnit's configuration now, through the harness's class loader; the worker calls it
   * before loading the candidate, so the file read is the harness's.
   */
  public static void load() {
    withHarnessLoader(ArchConfiguration::get);
  }

  /** Runs {@code work} (an import or an evaluation) under the pinned configuration. */
  static <T> T pinned(Supplier<T> work) {
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("archunit."))
        .forEach(System::clearProperty);
    return withHarnessLoader(() -> ArchConfiguration.withThreadLocalScope(config -> {
      PINNED.forEach(config::setProperty);
      config.unsetClassResolver();
      config.setClassResolverArguments();
      if (config.containsProperty("failureDisplayFormat")) {
        throw new IllegalStateException("ArchUnit's configuration names a failureDisplayFormat ("
            + config.getProperty("failureDisplayFormat") + "): design checks refuse to run"
            + " under a configuration they did not set");
      }
      return work.get();
    }));
  }

  private static <T> T withHarnessLoader(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(ArchUnitSettings.class.getClassLoader());
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
