package dev.gauntlet.harness.candidate;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The class paths workers run with: the harness's own run-time class path plus the candidate,
 * and never the reference unless the reference is the candidate.
 */
public final class WorkerClassPath {

  /** System property that gives the harness's class path for workers outright. */
  public static final String PROPERTY = "gauntlet.worker.classpath";

  /**
   * Entries of a development or test class path that must not reach a worker: the reference and
   * the student template (as modules or jars), test classes, and surefire/failsafe boot jars.
   */
  private static final Pattern EXCLUDED = Pattern.compile(
      ".*([/\\\\](reference|student-template)[/\\\\]target[/\\\\].*"
          + "|gauntlet-(reference|student-template)[^/\\\\]*\\.jar"
          + "|[/\\\\]test-classes[/\\\\]?"
          + "|(surefire|failsafe)[^/\\\\]*\\.jar)");

  private WorkerClassPath() {}

  /** Returns the harness's class path for a worker, without any candidate. */
  public static List<String> harness() {
    String given = System.getProperty(PROPERTY);
    if (given != null && !given.isBlank()) {
      return split(given);
    }
    return filter(split(System.getProperty("java.class.path", "")));
  }

  /** Removes from {@code entries} everything a candidate must not see. */
  public static List<String> filter(List<String> entries) {
    return entries.stream().filter(e -> !EXCLUDED.matcher(e).matches()).toList();
  }

  /** Returns the class path of the worker that grades {@code candidate}. */
  public static String forCandidate(Path candidate) {
    return join(harness(), candidate);
  }

  /**
   * Returns the class path of the worker grading {@code candidate} with instructors' suites. The
   * suites are not on it: the worker loads them in a class loader of their own
   * ({@code run.SuiteJars}), below the one that loads the candidate, so that a candidate cannot
   * load a hidden suite's classes or read their bytes by name.
   */
  public static String forCandidate(Path candidate, List<Path> suites) {
    return forCandidate(candidate);
  }

  /** Returns the class path of the worker that runs the reference's throughput rounds. */
  public static String forReference(Path home) {
    return join(harness(), CandidateResolver.referenceClasses(home));
  }

  private static String join(List<String> harness, Path extra) {
    List<String> all = new ArrayList<>(harness);
    all.add(extra.toString());
    return String.join(File.pathSeparator, all);
  }

  private static List<String> split(String classPath) {
    return Arrays.stream(classPath.split(Pattern.quote(File.pathSeparator)))
        .filter(s -> !s.isBlank()).toList();
  }
}
