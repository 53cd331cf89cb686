package dev.gauntlet.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.harness.candidate.Candidate;
import dev.gauntlet.harness.check.Seeds;
import dev.gauntlet.harness.formats.Format;
import dev.gauntlet.harness.report.Flakiness;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendSelection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gauntlet grade --repeat N}: grades the same candidate under N seeds, one run folder each
 * under a common folder, and reports every check's pass rate, the seeds that failed it and the
 * command that replays each ({@code flakiness.json}, and a table on the console).
 */
final class Repeats {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final GradeOptions options;
  private final Candidate candidate;
  private final Rubric rubric;
  private final Map<GradedSystem, List<CheckDescriptor>> plan;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Map<String, BackendSelection.Selected> backends;

  Repeats(GradeOptions options, Candidate candidate, Rubric rubric,
      Map<GradedSystem, List<CheckDescriptor>> plan, PrintWriter out, PrintWriter err,
      Map<String, String> env) {
    this(options, candidate, rubric, plan, out, err, env, Map.of());
  }

  /** @param backends the services chosen for systems that use some, by system id */
  Repeats(GradeOptions options, Candidate candidate, Rubric rubric,
      Map<GradedSystem, List<CheckDescriptor>> plan, PrintWriter out, PrintWriter err,
      Map<String, String> env, Map<String, BackendSelection.Selected> backends) {
    this.backends = backends;
    this.options = options;
    this.candidate = candidate;
    this.rubric = rubric;
    this.plan = plan;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** Returns the seeds of {@code n} runs: the run's own seed first, then seeds derived from it. */
  static List<Long> seeds(long first, int n) {
    List<Long> seeds = new ArrayList<>(List.of(first));
    for (int i = 1; i < n; i++) {
      seeds.add(Seeds.mix(first + i) & Long.MAX_VALUE);
    }
    return seeds;
  }

  /** Grades {@code n} times into a folder under {@code parent}; returns the exit code. */
  int run(long firstSeed, int n, Path parent) throws IOException, InterruptedException {
    List<String> systemIds = plan.keySet().stream().map(GradedSystem::id).toList();
    Instant started = Instant.now();
    Path folder = Grading.freshFolder(parent, Grading.runId(started, systemIds, firstSeed)
        + "-x" + n);
    Set<Format> formats = EnumSet.copyOf(options.formats());
    formats.remove(Format.SUMMARY); // N summaries would bury the one table that matters
    GradeOptions quiet = options.withFormats(formats);
    List<RunReport> reports = new ArrayList<>();
    boolean cutShort = false;
    List<Long> seeds = seeds(firstSeed, n);
    for (int i = 0; i < n; i++) {
      long seed = seeds.get(i);
      Path runFolder = Files.createDirectories(folder.resolve((i + 1) + "-s" + seed));
      RunReport report = new Grading(quiet, seed, candidate, rubric,
          new PrintWriter(java.io.Writer.nullWriter()), err, false, env, backends)
          .run(plan, runFolder, Instant.now(), null);
      if (report.exitCode() == ExitCodes.BAD_INPUT) {
        return report.exitCode();
      }
      cutShort |= report.exitCode() == ExitCodes.CUT_SHORT;
      reports.add(report);
      out.printf("run %d/%d, seed %d: %s/%s points, %d/%d checks passed%n", i + 1, n, seed,
          Summary.points(report.total().score()), Summary.points(report.total().max()),
          report.checksPassed(), report.checksGraded());
      out.flush();
    }
    Flakiness flakiness = Flakiness.of(reports);
    Path file = folder.resolve("flakiness.json");
    JSON.writeValue(file.toFile(), flakiness);
    print(flakiness, n);
    out.println("Flakiness: " + file);
    out.flush();
    boolean allPassed = flakiness.checks().stream().allMatch(c -> c.passed() == c.runs());
    return cutShort ? ExitCodes.CUT_SHORT : allPassed ? ExitCodes.ALL_PASSED
        : ExitCodes.SOME_FAILED;
  }

  private void print(Flakiness flakiness, int n) {
    out.printf("%nPass rate over %d seeds:%n", n);
    for (Flakiness.CheckRuns check : flakiness.checks()) {
      String tag = check.passed() == check.runs() ? "PASS" : check.passed() == 0 ? "FAIL"
          : "FLAKY";
      out.printf("[%s] %s  %d/%d passed%s%n", tag, check.id(), check.passed(), check.runs(),
          check.unknown().isEmpty() ? "" : ", unknown under seeds " + check.unknown());
      for (Flakiness.SeedFailure f : check.failures()) {
        out.printf("       seed %d: %s: %s%n", f.seed(), f.status(), f.message());
        if (f.replay() != null && !"not implemented".equals(f.status())) {
          out.println("       replay: " + f.replay());
        }
      }
    }
  }
}
