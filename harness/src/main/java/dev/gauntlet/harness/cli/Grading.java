package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.candidate.Candidate;
import dev.gauntlet.harness.candidate.CandidateResolver;
import dev.gauntlet.harness.candidate.WorkerClassPath;
import dev.gauntlet.harness.formats.Format;
import dev.gauntlet.harness.formats.Views;
import dev.gauntlet.harness.report.CandidateReport;
import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.EnvironmentReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Scoring;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.report.SystemReport;
import dev.gauntlet.harness.report.Total;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckListener;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendSelection;
import dev.gauntlet.harness.worker.SystemGrading;
import dev.gauntlet.harness.worker.WorkerOutcome;
import dev.gauntlet.harness.worker.WorkerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One grade: a worker per system, scoring as results arrive, then report.json and its views. */
final class Grading {

  private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);

  private final GradeOptions options;
  private final long seed;
  private final Candidate candidate;
  private final Rubric rubric;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Summary summary;
  private final boolean verbose;
  private final Map<String, String> env;
  private final Map<String, BackendSelection.Selected> backends;

  /**
   * @param out where the summary goes (nothing per check unless the summary format is asked for)
   * @param env the environment, for {@code GITHUB_STEP_SUMMARY}
   */
  Grading(GradeOptions options, long seed, Candidate candidate, Rubric rubric, PrintWriter out,
      PrintWriter err, boolean verbose, Map<String, String> env) {
    this(options, seed, candidate, rubric, out, err, verbose, env, Map.of());
  }

  /**
   * @param out where the summary goes (nothing per check unless the summary format is asked for)
   * @param env the environment, for {@code GITHUB_STEP_SUMMARY}
   * @param backends the services chosen for systems that use some, by system id
   */
  Grading(GradeOptions options, long seed, Candidate candidate, Rubric rubric, PrintWriter out,
      PrintWriter err, boolean verbose, Map<String, String> env,
      Map<String, BackendSelection.Selected> backends) {
    this.backends = backends;
    this.options = options;
    this.seed = seed;
    this.candidate = candidate;
    this.rubric = rubric;
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.env = env;
    this.summary = new Summary(options.formats().contains(Format.SUMMARY) ? out
        : new PrintWriter(Writer.nullWriter()));
  }

  /** Returns the id of a run started at {@code started}: its UTC time, systems and seed. */
  static String runId(Instant started, List<String> systemIds, long seed) {
    return RUN_TIME.format(started) + "-" + String.join("+", systemIds) + "-s" + seed;
  }

  /** Creates a run folder under {@code parent}; a second run in the same second gets a suffix. */
  static Path freshFolder(Path parent, String runId) throws IOException {
    Path wanted = parent.resolve(runId);
    Path folder = wanted;
    for (int n = 2; Files.exists(folder); n++) {
      folder = wanted.resolveSibling(wanted.getFileName() + "-" + n);
    }
    return Files.createDirectories(folder);
  }

  /**
   * Grades the planned checks into {@code runFolder} and returns the report, written there with
   * the views its options ask for.
   *
   * @param submission the submission's name in a batch, else null
   */
  RunReport run(Map<GradedSystem, List<CheckDescriptor>> plan, Path runFolder, Instant started,
      String submission) throws IOException, InterruptedException {
    List<String> systemIds = plan.keySet().stream().map(GradedSystem::id).toList();
    String runId = runId(started, systemIds, seed);
    String reproduce = options.command(seed, systemIds, options.checks());
    CandidateReport candidateReport = new CandidateReport(candidate.impl(),
        candidate.path().toString(), candidate.kind().label());
    summary.candidate(candidateReport, reproduce);
    WorkerSettings settings = new WorkerSettings(
        WorkerClassPath.forCandidate(candidate.path(), options.suites()),
        WorkerClassPath.forReference(CandidateResolver.home()), options.heap(),
        options.timeout(), runFolder);
    if (verbose) {
      out.println("Worker class path: " + settings.candidateClassPath());
      out.println("Run folder: " + runFolder);
    }
    Map<String, CheckDescriptor> byId = new HashMap<>();
    plan.values().forEach(list -> list.forEach(c -> byId.put(c.id(), c)));
    List<SystemReport> systems = new ArrayList<>();
    String candidateError = null;
    boolean cutShort = false;
    for (Map.Entry<GradedSystem, List<CheckDescriptor>> entry : plan.entrySet()) {
      GradedSystem system = entry.getKey();
      Scoring scoring = new Scoring(rubric, byId, id -> options.command(seed,
          List.of(system.id()), List.of(id)));
      summary.systemStarted(system.id(), system.title(), entry.getValue().size());
      BackendSelection.Selected backend = backends.get(system.id());
      if (backend != null) {
        summary.backend(backend.description());
      }
      List<CheckReport> reports = new ArrayList<>();
      List<CheckResult> results = new ArrayList<>();
      WorkerOutcome outcome = new SystemGrading(settings).run(system.id(), entry.getValue(),
          workerArgs(system, entry.getValue()), new CheckListener() {
            @Override
            public void finished(CheckResult result) {
              results.add(result);
              CheckReport report = scoring.check(result);
              reports.add(report);
              summary.check(report);
            }
          });
      SystemReport report = Scoring.system(system, reports, outcome,
          backend != null ? backend.description() : Scoring.backend(results));
      systems.add(report);
      if (outcome.state() == WorkerOutcome.State.CANDIDATE_ERROR) {
        candidateError = outcome.candidateError();
        break; // the same class path would fail the same way for the next system
      }
      summary.systemFinished(report);
      cutShort |= outcome.cutShort();
    }
    List<CheckReport> all = systems.stream().flatMap(s -> s.checks().stream()).toList();
    Total total = Scoring.total(all);
    int graded = (int) all.stream().filter(CheckReport::graded).count();
    int passed = (int) all.stream().filter(CheckReport::passed).count();
    int exit = candidateError != null ? ExitCodes.BAD_INPUT
        : cutShort ? ExitCodes.CUT_SHORT
        : passed == graded ? ExitCodes.ALL_PASSED : ExitCodes.SOME_FAILED;
    RunReport report = new RunReport(RunReport.SCHEMA, ManifestVersion.get(), runId,
        started.toString(), seed, candidateReport, reproduce, rubric.source(),
        EnvironmentReport.current(), exit,
        candidateError != null ? "candidate error" : cutShort ? "cut short" : "completed",
        systems, Scoring.byCategory(all), total, passed, graded, submission, candidateError,
        options.profile().id());
    Path file = ReportWriter.write(report, runFolder);
    List<Path> views = Views.write(report, runFolder, options.formats(), options.profile(), env);
    if (candidateError != null) {
      err.println("gauntlet: " + candidateError);
      err.flush();
      return report;
    }
    summary.finished(report, file);
    if (!options.formats().contains(Format.SUMMARY)) {
      out.printf("Points: %s/%s (%s%%)%nReport: %s%n", Summary.points(report.total().score()),
          Summary.points(report.total().max()), report.total().percent(), file);
    }
    views.forEach(view -> out.println("View: " + view));
    out.flush();
    return report;
  }

  private List<String> workerArgs(GradedSystem system, List<CheckDescriptor> checks) {
    // The checks themselves go on each worker's command line from SystemGrading, which knows
    // which are left when a fresh worker takes over.
    List<String> args = new ArrayList<>(List.of("--seed", Long.toString(seed),
        "--check-time-limit-millis", Long.toString(options.checkTimeout().toMillis())));
    options.suites().forEach(jar -> args.addAll(List.of("--suites", jar.toString())));
    BackendSelection.Selected backend = backends.get(system.id());
    if (backend != null) {
      backend.options().forEach((name, value) ->
          args.addAll(List.of("--option", name + "=" + value)));
    }
    for (CheckDescriptor check : checks) {
      rubric.settings(check).forEach((name, value) ->
          args.addAll(List.of("--setting", check.id() + "." + name + "=" + value)));
    }
    return args;
  }
}
