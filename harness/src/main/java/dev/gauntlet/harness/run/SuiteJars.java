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
 * Loads instructors' suite jars, in the parent (which lists and scores their checks) and in a
 * worker (which runs them). They are never on a worker's class path: their loader is a child of
 * the one that loads the harness and the candidate, so the candidate cannot load a hidden suite
 * by name. One loader per set of jars, kept for the life of the process, so that classes are
 * loaded once however often the catalog is asked.
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
