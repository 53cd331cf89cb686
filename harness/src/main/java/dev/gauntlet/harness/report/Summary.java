package dev.gauntlet.harness.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a run for a person, line by line as results arrive: one line per check, failures
 * followed by their message, smallest scenario and replay command; then times and totals.
 */
public final class Summary {

  private static final String INDENT = "       ";

  private final PrintWriter out;

  public Summary(PrintWriter out) {
    this.out = out;
  }

  /** Prints the version and the seed that replays the run, before anything else. */
  public void start(String version, long seed) {
    out.printf("Gauntlet %s, seed %d%n", version, seed);
    out.flush();
  }

  /** Prints what is being graded and the command that reproduces the run. */
  public void candidate(CandidateReport candidate, String command) {
    out.printf("Candidate: %s (%s, %s)%n", candidate.impl(), candidate.kind(), candidate.path());
    out.printf("Reproduce: %s%n", command);
    out.flush();
  }

  /** Prints that a system's worker is starting. */
  public void systemStarted(String system, String title, int checks) {
    out.printf("%n== %s: %s (%d %s)%n", system, title, checks, checks == 1 ? "check" : "checks");
    out.flush();
  }

  /** Prints the services a system runs on, under its heading. */
  public void backend(String description) {
    out.println("Backend: " + description);
    out.flush();
  }

  /** Prints one check as soon as its result is known. */
  public void check(CheckReport check) {
    out.printf("[%s] %s  (%s/%d pts)  %s%n", tag(check.status()), check.id(),
        points(check.points()), check.maxPoints(), seconds(check.durationMillis()));
    if ("not reached".equals(check.status())) {
      // The cause is the same for every check not reached: printed once, after the system.
    } else if (check.failure() != null) {
      out.println(INDENT + check.message());
      FailureReport f = check.failure();
      if (f.expected() != null || f.observed() != null) {
        out.println(INDENT + "expected: " + f.expected());
        out.println(INDENT + "observed: " + f.observed());
      }
      if (f.steps() != null && !f.steps().isEmpty()) {
        out.println(INDENT + "smallest failing scenario:");
        f.steps().forEach(step -> out.println(INDENT + "  " + step));
      }
      // Replaying a method that throws "not implemented" teaches nothing; the TODO says it all.
      if (f.replay() != null && !"not implemented".equals(check.status())) {
        out.println(INDENT + "replay: " + f.replay());
      }
    } else if ("skipped".equals(check.status())) {
      out.println(INDENT + check.message());
    }
    out.flush();
  }

  /** Prints a system's suite times, worker fate and category totals. */
  public void systemFinished(SystemReport system) {
    Map<String, Long> suites = new LinkedHashMap<>();
    system.checks().forEach(c -> suites.merge(c.suite(), c.durationMillis(), Long::sum));
    out.println("Time: " + suites.entrySet().stream()
        .map(e -> e.getKey() + " " + seconds(e.getValue()) + ", ").collect(Collectors.joining())
        + "worker " + seconds(system.durationMillis()) + " in all");
    if (!"completed".equals(system.worker().state())) {
      out.printf("Worker: %s (exit code %d), log %s%n", system.worker().state(),
          system.worker().exitCode(), system.worker().log());
    }
    for (RestartReport restart : system.worker().restarts()) {
      out.printf("Fresh worker after %s (%s), log %s%n",
          restart.afterCheck() == null ? "no check" : restart.afterCheck(), restart.reason(),
          restart.log());
    }
    system.checks().stream().filter(c -> "not reached".equals(c.status())).findFirst()
        .ifPresent(first -> out.printf("%d checks %s%n", system.checks().stream()
            .filter(c -> "not reached".equals(c.status())).count(), first.message()));
    Map<String, List<CheckReport>> bySuite = new LinkedHashMap<>();
    system.checks().forEach(c -> bySuite.computeIfAbsent(c.suite(), k -> new ArrayList<>())
        .add(c));
    if (bySuite.size() > 1) {
      // Suites follow the order of the work (for the log, its stages): points per suite show
      // how far a learner has come.
      out.println("Suites:" + categories(bySuite.entrySet().stream().collect(Collectors.toMap(
          Map.Entry::getKey, e -> Scoring.total(e.getValue()), (a, b) -> a,
          LinkedHashMap::new))).replaceFirst("^ —", ""));
    }
    out.printf("%s: %s/%s pts (%s%%)%s%n", system.id(), points(system.score()),
        points(system.max()), system.percent(), categories(system.categories()));
    out.flush();
  }

  /** Prints the run's totals and where its report is. */
  public void finished(RunReport run, Path reportFile) {
    out.println();
    if (!run.categories().isEmpty()) {
      out.println("Categories:" + categories(run.categories()).replaceFirst("^ —", ""));
    }
    out.printf("Checks passed: %d/%d, Points: %s/%s (%s%%)%n", run.checksPassed(),
        run.checksGraded(), points(run.total().score()), points(run.total().max()),
        run.total().percent());
    out.println("Report: " + reportFile);
    out.flush();
  }

  private static String categories(Map<String, Total> totals) {
    if (totals.isEmpty()) {
      return "";
    }
    return " —" + totals.entrySet().stream()
        .map(e -> " " + e.getKey() + " " + points(e.getValue().score()) + "/"
            + points(e.getValue().max()))
        .collect(Collectors.joining(","));
  }

  private static String tag(String status) {
    return switch (status) {
      case "passed" -> "PASS";
      case "partial" -> "PARTIAL";
      case "failed" -> "FAIL";
      case "timed out" -> "TIMEOUT";
      default -> status.toUpperCase(Locale.ROOT);
    };
  }

  /** Renders points as a whole number when they are one, else with two decimals. */
  public static String points(double points) {
    return points == Math.rint(points) ? Long.toString((long) points)
        : String.format(Locale.ROOT, "%.2f", points);
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
