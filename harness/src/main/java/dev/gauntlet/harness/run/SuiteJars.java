package dev.gauntlet.harness.run;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads instructors' suite jars in the parent, which lists and scores their checks but never
 * runs them: a worker has the jars on its class path. One loader per set of jars, kept for the
 * life of the process, so that classes are loaded once however often the catalog is asked.
 */
public final class SuiteJars {

  private static final Map<List<Path>, ClassLoader> LOADERS = new ConcurrentHashMap<>();

  private SuiteJars() {}

  /** Returns the loader of {@code jars}, whose parent is the harness's own loader. */
  public static ClassLoader loader(List<Path> jars) {
    return LOADERS.computeIfAbsent(List.copyOf(jars), list -> {
      URL[] urls = list.stream().map(SuiteJars::url).toArray(URL[]::new);
      return new URLClassLoader("gauntlet-suites", urls, SuiteJars.class.getClassLoader());
    });
  }

  /** Runs {@code action} with the jars' loader as the context class loader (JUnit loads by it). */
  static void withLoader(List<Path> jars, Runnable action) {
    if (jars.isEmpty()) {
      action.run();
      return;
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader(jars));
    try {
      action.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL url(Path jar) {
    try {
      return jar.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
