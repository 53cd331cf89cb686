package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.batch.Batch;
import dev.gauntlet.harness.batch.Gradebook;
import dev.gauntlet.harness.batch.Submission;
import dev.gauntlet.harness.batch.Submissions;
import dev.gauntlet.harness.candidate.Candidate;
import dev.gauntlet.harness.candidate.CandidateException;
import dev.gauntlet.harness.candidate.CandidateResolver;
import dev.gauntlet.harness.candidate.ProjectBuilder;
import dev.gauntlet.harness.report.CandidateReport;
import dev.gauntlet.harness.report.EnvironmentReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Total;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.systems.GradedSystem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gauntlet batch}: grades every submission in a folder into one gradebook. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Grade every submission in DIR (each a jar, a classes directory or a Maven"
        + " project), several at a time, into OUT/<submission>/ and OUT/gradebook.csv and"
        + " .json. Run it again to resume: what is already graded, from the same files, is"
        + " skipped. One broken submission never stops the batch.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:every submission has a row in the gradebook (graded, or its error)",
        ExitCodes.HELP_2, ExitCodes.HELP_4})
final class BatchCommand implements Callable<Integer> {

  private static final Pattern SHARD = Pattern.compile("(\\d+)/(\\d+)");

  @Spec CommandSpec spec;
  @Mixin SystemOption systems;
  @Mixin RunOptions run;
  @Mixin VerboseOption verbose;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder of submissions.")
  Path dir;

  @Option(names = "--out", paramLabel = "OUT",
      description = "Where the gradebook and each submission's report go (default:"
          + " reports/batch-<DIR's name>; the same folder again resumes).")
  Path out;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Submissions graded at once (default: half the processors, at least 1;"
          + " each runs its own worker JVMs).")
  Integer jobs;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Grade only shard K of N (every N-th submission in name order, from the"
          + " K-th), for CI matrices; join the shards with 'gauntlet merge'.")
  String shard;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir + " is not a folder of submissions", false);
    }
    Path folder = out != null ? out : Path.of("reports", "batch-" + dir.toAbsolutePath()
        .normalize().getFileName());
    GradeOptions options = run.toGradeOptions("(each submission)");
    long seed = BatchState.seed(folder, run.seed);
    Map<GradedSystem, List<CheckDescriptor>> plan = Planner.plan(systems, run.checks,
        options.suites());
    Rubric rubric = RunOptions.rubric(run.rubric, options.suites());
    List<Submission> all = Submissions.in(dir);
    List<Submission> mine = shard == null ? all : shard(all);
    int parallel = jobs != null ? jobs
        : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    if (parallel < 1) {
      throw new UserError("--jobs " + parallel + " must be at least 1", true);
    }
    BatchState.save(folder, seed);
    stdout.printf("Gauntlet %s, seed %d: %d submissions in %s%s, %d at a time, into %s%n",
        ManifestVersion.get(), seed, mine.size(), dir, shard == null ? "" : " (shard " + shard
            + " of the " + all.size() + ")", parallel, folder);
    stdout.flush();
    Batch batch = new Batch(folder, parallel,
        (submission, into) -> grade(submission, into, options, seed, plan, rubric),
        (submission, message) -> errorReport(submission, options, seed, plan, message),
        stdout);
    Batch.Result result = batch.run(mine);
    Gradebook book = result.gradebook();
    stdout.printf("Gradebook: %s (%d submissions: %d graded now, %d resumed, %d errors)%n",
        folder.resolve(Gradebook.CSV), book.rows().size(), result.graded(), result.resumed(),
        result.errors());
    stdout.flush();
    return ExitCodes.ALL_PASSED;
  }

  private List<Submission> shard(List<Submission> all) {
    Matcher m = SHARD.matcher(shard.trim());
    if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(1)) < 1
        || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
      throw new UserError("--shard '" + shard + "' is not K/N with 1 <= K <= N", true);
    }
    return Submissions.shard(all, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  private RunReport grade(Submission s, Path into, GradeOptions base, long seed,
      Map<GradedSystem, List<CheckDescriptor>> plan, Rubric rubric) throws Exception {
    GradeOptions options = base.withImpl(s.path().toString());
    try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(into.resolve("summary.txt"),
        StandardCharsets.UTF_8), true)) {
      Candidate candidate;
      try {
        // A Maven project's build says nothing unless it fails, then its last lines: into the
        // submission's summary.txt, never onto the batch's progress line.
        candidate = new CandidateResolver(CandidateResolver.home(), ProjectBuilder.maven())
            .resolve(s.path().toString(), log);
      } catch (CandidateException e) {
        RunReport report = errorReport(s, options, seed, plan, e.getMessage());
        ReportWriter.write(report, into);
        return report;
      }
      return new Grading(options, seed, candidate, rubric, log, log, false, Map.of())
          .run(plan, into, Instant.now(), s.name());
    }
  }

  /** The report of a submission that could not be graded at all: zero, with the reason. */
  private static RunReport errorReport(Submission s, GradeOptions base, long seed,
      Map<GradedSystem, List<CheckDescriptor>> plan, String message) {
    List<String> systemIds = plan.keySet().stream().map(GradedSystem::id).toList();
    Instant now = Instant.now();
    GradeOptions options = base.withImpl(s.path().toString());
    return new RunReport(RunReport.SCHEMA, ManifestVersion.get(),
        Grading.runId(now, systemIds, seed), now.toString(), seed,
        new CandidateReport(s.path().toString(), null, "unknown"),
        options.command(seed, systemIds, options.checks()),
        options.rubric() == null ? "default" : options.rubric().toString(),
        EnvironmentReport.current(), ExitCodes.BAD_INPUT, "candidate error", List.of(),
        Map.of(), Total.ZERO, 0, 0, s.name(), message, options.profile().id());
  }
}
