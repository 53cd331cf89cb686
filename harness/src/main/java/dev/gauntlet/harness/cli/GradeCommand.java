package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.candidate.Candidate;
import dev.gauntlet.harness.candidate.CandidateResolver;
import dev.gauntlet.harness.candidate.ProjectBuilder;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendSelection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gauntlet grade}: grades a candidate in worker JVMs and writes the report. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = "Grade an implementation: run the checks of each system in a worker JVM,"
        + " print the results as they come and write report.json (and the views --format asks"
        + " for).",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1,
        ExitCodes.HELP_2, ExitCodes.HELP_3, ExitCodes.HELP_4})
final class GradeCommand implements Callable<Integer> {

  /** The system whose services --backend, --redis-url and --jdbc-url choose. */
  static final String LEADERBOARD = "leaderboard";

  @Spec CommandSpec spec;
  @Mixin SystemOption systems;
  @Mixin RunOptions run;
  @Mixin VerboseOption verbose;

  @Option(names = "--impl", required = true, paramLabel = "IMPL",
      description = "What to grade: 'reference', a jar, a directory of classes, or a Maven"
          + " project directory (built with mvn package first).")
  String impl;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Where run folders are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--fail-under", paramLabel = "PERCENT",
      description = "Exit 1 when the total is under PERCENT, else 0 (a run cut short, or bad"
          + " input, keeps its own code).")
  Double failUnder;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
      description = "Grade N times under N seeds (the first is --seed) and report each check's"
          + " pass rate, the seeds that failed and the command that replays each.")
  int repeat;

  @Option(names = "--backend", paramLabel = "KIND", defaultValue = "auto",
      description = "The leaderboard's Redis and SQL database: auto (the URLs given, else Redis"
          + " and MariaDB on localhost if both answer, else containers where Docker runs, else"
          + " embedded), real (real services or exit 2) or embedded (H2 and an in-process sorted"
          + " set) (default: ${DEFAULT-VALUE}).")
  String backend;

  @Option(names = "--redis-url", paramLabel = "URL",
      description = "The Redis the leaderboard uses, e.g. redis://localhost:6379 (its keys go"
          + " under a prefix of the run's own; nothing else is touched).")
  String redisUrl;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "The MariaDB or MySQL the leaderboard uses, e.g."
          + " jdbc:mariadb://localhost:3306/test?user=root (each scenario gets a database of"
          + " its own, dropped after).")
  String jdbcUrl;

  /** Builds Maven projects given as {@code --impl}; tests replace it. */
  ProjectBuilder builder = ProjectBuilder.maven();

  /** The environment ({@code GITHUB_STEP_SUMMARY}); tests replace it. */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    GradeOptions options = run.toGradeOptions(impl);
    if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
      throw new UserError("--fail-under " + failUnder + " is not a percentage (0 to 100)", true);
    }
    if (repeat < 1) {
      throw new UserError("--repeat " + repeat + " must be at least 1", true);
    }
    options = options.withBackend(backend, redisUrl, jdbcUrl);
    long runSeed = run.seedOrFresh();
    Map<GradedSystem, List<CheckDescriptor>> plan = Planner.plan(systems, run.checks,
        options.suites());
    Rubric rules = RunOptions.rubric(run.rubric, options.suites());
    BackendSelection.Kind backendKind = backendKind();
    new Summary(stdout).start(ManifestVersion.get(), runSeed);
    try (BackendSelection.Selected leaderboard = leaderboardBackend(plan, backendKind, stdout)) {
      Candidate candidate = new CandidateResolver(CandidateResolver.home(), builder)
          .resolve(impl, stdout);
      Map<String, BackendSelection.Selected> backends = new LinkedHashMap<>();
      if (leaderboard != null) {
        backends.put(LEADERBOARD, leaderboard);
      }
      if (repeat > 1) {
        return new Repeats(options, candidate, rules, plan, stdout, spec.commandLine().getErr(),
            env, backends).run(runSeed, repeat, out);
      }
      Grading grading = new Grading(options, runSeed, candidate, rules, stdout,
          spec.commandLine().getErr(), verbose.verbose, env, backends);
      Instant started = Instant.now();
      Path folder = Grading.freshFolder(out, Grading.runId(started,
          plan.keySet().stream().map(GradedSystem::id).toList(), runSeed));
      RunReport report = grading.run(plan, folder, started, null);
      return exitCode(report, failUnder, stdout);
    }
  }

  private BackendSelection.Kind backendKind() {
    try {
      return BackendSelection.kind(backend);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), true);
    }
  }

  /** Chooses the leaderboard's services once, for every worker, when it is graded. */
  private BackendSelection.Selected leaderboardBackend(
      Map<GradedSystem, List<CheckDescriptor>> plan, BackendSelection.Kind kind,
      PrintWriter stdout) {
    if (plan.keySet().stream().noneMatch(s -> s.id().equals(LEADERBOARD))) {
      return null;
    }
    try {
      return BackendSelection.select(kind, redisUrl, jdbcUrl, line -> {
        if (verbose.verbose) {
          stdout.println("Backend: " + line);
          stdout.flush();
        }
      });
    } catch (BackendSelection.Unavailable e) {
      throw new UserError(e.getMessage(), false);
    }
  }

  /** Returns the run's exit code, decided by the score when {@code failUnder} is set. */
  static int exitCode(RunReport report, Double failUnder, PrintWriter out) {
    if (failUnder == null || report.exitCode() == ExitCodes.BAD_INPUT
        || report.exitCode() == ExitCodes.CUT_SHORT) {
      return report.exitCode();
    }
    boolean under = report.total().percent() < failUnder;
    out.printf("%s%% is %s the threshold of %s%% (--fail-under)%n", report.total().percent(),
        under ? "under" : "at or over", failUnder);
    out.flush();
    return under ? ExitCodes.SOME_FAILED : ExitCodes.ALL_PASSED;
  }
}
