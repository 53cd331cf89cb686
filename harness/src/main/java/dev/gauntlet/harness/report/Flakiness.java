package dev.gauntlet.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each check fared over runs of the same candidate under different seeds: what learners
 * otherwise script by hand to find rare failures.
 *
 * @param seeds the seeds graded, in order
 * @param checks one entry per check, in report order
 */
public record Flakiness(List<Long> seeds, List<CheckRuns> checks) {

  /**
   * One check over the runs.
   *
   * @param id the check's id
   * @param runs runs in which it was graded
   * @param passed runs in which it earned full points
   * @param passRate passed / runs, rounded to 3 decimals
   * @param unknown seeds under which it could neither pass nor fail
   * @param failures the seeds under which it fell short, each with its status and replay command
   */
  public record CheckRuns(String id, int runs, int passed, double passRate, List<Long> unknown,
      List<SeedFailure> failures) {

    /** Returns whether the check passed under some seeds and not others. */
    public boolean flaky() {
      return passed > 0 && passed < runs;
    }
  }

  /**
   * One seed under which a check fell short.
   *
   * @param seed the run's seed
   * @param status how the check ended
   * @param message its one-line message
   * @param replay the command that replays it
   */
  public record SeedFailure(long seed, String status, String message, String replay) {}

  /** Gathers {@code reports}, one per seed, check by check. */
  public static Flakiness of(List<RunReport> reports) {
    Map<String, List<CheckReport>> byCheck = new LinkedHashMap<>();
    Map<String, List<Long>> seedsOf = new LinkedHashMap<>();
    for (RunReport report : reports) {
      for (CheckReport check : report.allChecks()) {
        byCheck.computeIfAbsent(check.id(), id -> new ArrayList<>()).add(check);
        seedsOf.computeIfAbsent(check.id(), id -> new ArrayList<>()).add(report.seed());
      }
    }
    List<CheckRuns> checks = new ArrayList<>();
    byCheck.forEach((id, runs) -> {
      List<Long> seeds = seedsOf.get(id);
      int graded = 0;
      int passed = 0;
      List<Long> unknown = new ArrayList<>();
      List<SeedFailure> failures = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        CheckReport c = runs.get(i);
        if (!c.graded()) {
          continue;
        }
        graded++;
        if (c.passed()) {
          passed++;
        } else if ("unknown".equals(c.status())) {
          unknown.add(seeds.get(i));
        } else {
          failures.add(new SeedFailure(seeds.get(i), c.status(), c.message(),
              c.failure() == null ? null : c.failure().replay()));
        }
      }
      double rate = graded == 0 ? 0 : Math.round(passed * 1000.0 / graded) / 1000.0;
      checks.add(new CheckRuns(id, graded, passed, rate, unknown, failures));
    });
    return new Flakiness(reports.stream().map(RunReport::seed).toList(), checks);
  }
}
