package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.candidate.Candidate;
import dev.gauntlet.harness.candidate.CandidateResolver;
import dev.gauntlet.harness.candidate.WorkerClassPath;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@code grade} run: a worker per system, scoring as results arrive, then the report. */
final class Grading {

  private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneId.systemDefault());

  private final GradeCommand command;
  private final long seed;
  private final Candidate candidate;
  private final Rubric rubric;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Summary summary;
  private final Map<String, BackendSelection.Selected> backends;

  /**
   * @param backends the services chosen for systems that use some, by system id
   */
  Grading(GradeCommand command, long seed, Candidate candidate, Rubric rubric, PrintWriter out,
      PrintWriter err, Map<String, BackendSelection.Selected> backends) {
    this.backends = backends;
    this.command = command;
    this.seed = seed;
    this.candidate = candidate;
    this.rubric = rubric;
    this.out = out;
    this.err = err;
    this.summary = new Summary(out);
  }

  /** Grades the planned checks and returns the exit code. */
  int run(Map<GradedSystem, List<CheckDescriptor>> plan) throws IOException, InterruptedException {
    Instant started = Instant.now();
    List<String> systemIds = plan.keySet().stream().map(GradedSystem::id).toList();
    String runId = RUN_TIME.format(started) + "-" + String.join("+", systemIds) + "-s" + seed;
    Path runFolder = freshFolder(command.out.resolve(runId));
    String reproduce = command.command(seed, systemIds, command.checks);
    CandidateReport candidateReport = new CandidateReport(candidate.impl(),
        candidate.path().toString(), candidate.kind().label());
    summary.candidate(candidateReport, reproduce);
    WorkerSettings settings = new WorkerSettings(
        WorkerClassPath.forCandidate(candidate.path()),
        WorkerClassPath.forReference(CandidateResolver.home()), command.heap, command.timeout,
        runFolder);
    if (command.verbose.verbose) {
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
      Scoring scoring = new Scoring(rubric, byId, id -> command.command(seed,
          List.of(system.id()), List.of(id)));
      summary.systemStarted(system.id(), system.title(), entry.getValue().size());
      BackendSelection.Selected backend = backends.get(system.id());
      if (backend != null) {
        summary.backend(backend.description());
      }
      List<CheckReport> reports = new ArrayList<>();
      WorkerOutcome outcome = new SystemGrading(settings).run(system.id(), entry.getValue(),
          workerArgs(system, entry.getValue()), new CheckListener() {
            @Override
            public void finished(CheckResult result) {
              CheckReport report = scoring.check(result);
              reports.add(report);
              summary.check(report);
            }
          });
      SystemReport report = Scoring.system(system, reports, outcome,
          backend == null ? null : backend.description());
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
        systems, Scoring.byCategory(all), total, passed, graded);
    Path file = ReportWriter.write(report, runFolder);
    if (candidateError != null) {
      err.println("gauntlet: " + candidateError);
      err.flush();
      return exit;
    }
    summary.finished(report, file);
    return exit;
  }

  private List<String> workerArgs(GradedSystem system, List<CheckDescriptor> checks) {
    List<String> args = new ArrayList<>(List.of("--seed", Long.toString(seed)));
    if (!command.checks.isEmpty()) {
      checks.forEach(c -> args.addAll(List.of("--check", c.id())));
    }
    BackendSelection.Selected backend = backends.get(system.id());
    if (backend != null) {
      backend.options().forEach((name, value) ->
          args.addAll(List.of("--option", name + "=" + value)));
    }
    for (CheckDescriptor check : checks) {
      rubric.settings(check.id()).forEach((name, value) ->
          args.addAll(List.of("--setting", check.id() + "." + name + "=" + value)));
    }
    return args;
  }

  /** Creates the run folder; a second run in the same second gets a suffix, never a mix. */
  private static Path freshFolder(Path wanted) throws IOException {
    Path folder = wanted;
    for (int n = 2; Files.exists(folder); n++) {
      folder = wanted.resolveSibling(wanted.getFileName() + "-" + n);
    }
    return Files.createDirectories(folder);
  }

}
