package dev.gauntlet.harness.report;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.run.Failure;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.worker.WorkerOutcome;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns check results into points under a rubric: a check earns its fraction of its points;
 * skipped checks count towards no total.
 */
public final class Scoring {

  private final Rubric rubric;
  private final Map<String, CheckDescriptor> checks;
  private final Function<String, String> replay;

  /**
   * @param rubric the points per check
   * @param checks every check that may be scored, by id
   * @param replay the command that replays a check, by id
   */
  public Scoring(Rubric rubric, Map<String, CheckDescriptor> checks,
      Function<String, String> replay) {
    this.rubric = rubric;
    this.checks = checks;
    this.replay = replay;
  }

  /** Scores one result. */
  public CheckReport check(CheckResult result) {
    CheckDescriptor check = checks.get(result.id());
    int max = check == null ? 0 : rubric.points(check);
    boolean earns = result.status() == CheckStatus.PASSED || result.status() == CheckStatus.PARTIAL;
    double points = earns ? Math.round(result.fraction() * max * 100) / 100.0 : 0;
    boolean explain = result.status() != CheckStatus.PASSED
        && result.status() != CheckStatus.SKIPPED;
    return new CheckReport(result.id(), result.suite(), result.title(),
        result.category().label(), result.status().label(), points, max, result.message(),
        result.durationMillis(), result.metrics(),
        explain ? failure(result.failure(), replay.apply(result.id())) : null);
  }

  private static FailureReport failure(Failure f, String replay) {
    if (f == null) {
      return new FailureReport(null, null, null, List.of(), null, null, null, null, null, replay);
    }
    return new FailureReport(f.guarantee(), f.expected(), f.observed(), f.steps(),
        f.checkSeed() == 0 ? null : f.checkSeed(), f.originalSteps() == 0 ? null : f.originalSteps(),
        f.shrinkReplays() == 0 ? null : f.shrinkReplays(), f.exception(), f.stackTrace(), replay);
  }

  /** Sums the scored checks of one system that uses no services. */
  public static SystemReport system(GradedSystem system, List<CheckReport> reports,
      WorkerOutcome worker) {
    return system(system, reports, worker, null);
  }

  /** Sums the scored checks of one system, which ran on {@code backend} (null: none). */
  public static SystemReport system(GradedSystem system, List<CheckReport> reports,
      WorkerOutcome worker, String backend) {
    Total total = total(reports);
    return new SystemReport(system.id(), system.title(), total.score(), total.max(),
        total.percent(), byCategory(reports), worker.durationMillis(),
        new WorkerReport(worker.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            worker.exitCode(), worker.log(), worker.candidateError()),
        reports, backend);
  }

  /** Returns the total of the graded (not skipped) checks. */
  public static Total total(Collection<CheckReport> reports) {
    double score = 0;
    double max = 0;
    for (CheckReport r : reports) {
      if (r.graded()) {
        score += r.points();
        max += r.maxPoints();
      }
    }
    return Total.of(score, max);
  }

  /** Returns the totals per category label, in the category order, for categories present. */
  public static Map<String, Total> byCategory(Collection<CheckReport> reports) {
    Map<String, Total> totals = new LinkedHashMap<>();
    for (Category category : Category.values()) {
      List<CheckReport> in = reports.stream()
          .filter(r -> r.graded() && r.category().equals(category.label())).toList();
      if (!in.isEmpty()) {
        totals.put(category.label(), total(in));
      }
    }
    return totals;
  }
}
