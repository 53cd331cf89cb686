package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.candidate.Candidate;
import dev.gauntlet.harness.candidate.CandidateResolver;
import dev.gauntlet.harness.candidate.ProjectBuilder;
import dev.gauntlet.harness.guard.CheckGuard;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.rubric.Rubrics;
import dev.gauntlet.harness.run.Catalog;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.worker.SystemGrading;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gauntlet grade}: grades a candidate in worker JVMs and writes the report. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = "Grade an implementation: run the checks of each system in a worker JVM,"
        + " print the results as they come and write report.json.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2,
        ExitCodes.HELP_3, ExitCodes.HELP_4})
final class GradeCommand implements Callable<Integer> {

  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
  static final String DEFAULT_HEAP = "512m";
  private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

  @Spec CommandSpec spec;
  @Mixin SystemOption systems;
  @Mixin VerboseOption verbose;

  @Option(names = "--impl", required = true, paramLabel = "IMPL",
      description = "What to grade: 'reference', a jar, a directory of classes, or a Maven"
          + " project directory (built with mvn package first).")
  String impl;

  @Option(names = "--seed", paramLabel = "N",
      description = "The run's seed (default: a fresh one, always printed).")
  Long seed;

  @Option(names = "--check", paramLabel = "ID",
      description = "Run only this check (repeatable); see 'gauntlet list'.")
  List<String> checks = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Where run folders are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--rubric", paramLabel = "FILE",
      description = "A rubric laid over the default one: points and settings per check.")
  Path rubric;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Wall-clock limit of grading each system, all its workers included,"
          + " e.g. 90s, 10m (default: 10m).")
  Duration timeout = DEFAULT_TIMEOUT;

  @Option(names = "--check-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time limit of each check, e.g. 5s (default: 30s); a rubric setting"
          + " timeLimitSeconds overrides it for one check. A check past it times out and the"
          + " checks after it run in a fresh worker.")
  Duration checkTimeout = CheckGuard.DEFAULT_TIME_LIMIT;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = DEFAULT_HEAP,
      description = "Maximum heap of each worker, as for -Xmx (default: ${DEFAULT-VALUE}).")
  String heap;

  /** Builds Maven projects given as {@code --impl}; tests replace it. */
  ProjectBuilder builder = ProjectBuilder.maven();

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!HEAP.matcher(heap).matches()) {
      throw new UserError("--heap '" + heap + "' is not a size (write e.g. 512m, 2g)", true);
    }
    long runSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
    Map<GradedSystem, List<CheckDescriptor>> plan = plan();
    Rubric rules = rubric == null ? Rubrics.defaults() : Rubrics.load(rubric, allCheckIds());
    new Summary(stdout).start(ManifestVersion.get(), runSeed);
    Candidate candidate = new CandidateResolver(CandidateResolver.home(), builder)
        .resolve(impl, stdout);
    Grading grading = new Grading(this, runSeed, candidate, rules, stdout,
        spec.commandLine().getErr());
    return grading.run(plan);
  }

  /** The checks to run per system: those named by --check, else all of the selected systems'. */
  private Map<GradedSystem, List<CheckDescriptor>> plan() {
    Set<String> wanted = new LinkedHashSet<>(checks);
    Map<GradedSystem, List<CheckDescriptor>> plan = new LinkedHashMap<>();
    Set<String> found = new LinkedHashSet<>();
    for (GradedSystem system : systems.selected()) {
      List<CheckDescriptor> selected = Catalog.of(system).stream()
          .filter(c -> wanted.isEmpty() || wanted.contains(c.id())).toList();
      selected.forEach(c -> found.add(c.id()));
      if (wanted.isEmpty() || !selected.isEmpty() || systems.given()) {
        plan.put(system, selected);
      }
    }
    for (String id : wanted) {
      if (!found.contains(id)) {
        throw new UserError("unknown check '" + id + "'"
            + (systems.given() ? " in system " + String.join(", ", systems.ids) : "")
            + " (see 'gauntlet list')", true);
      }
    }
    return plan;
  }

  private static Set<String> allCheckIds() {
    Set<String> ids = new LinkedHashSet<>();
    Catalog.all().forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** Returns the command that reproduces this run, with {@code checkIds} in place of --check. */
  String command(long runSeed, List<String> systemIds, List<String> checkIds) {
    List<String> words = new ArrayList<>(List.of("./gauntlet", "grade", "--impl", impl));
    systemIds.forEach(s -> words.addAll(List.of("--system", s)));
    words.addAll(List.of("--seed", Long.toString(runSeed)));
    checkIds.forEach(c -> words.addAll(List.of("--check", c)));
    if (rubric != null) {
      words.addAll(List.of("--rubric", rubric.toString()));
    }
    if (!timeout.equals(DEFAULT_TIMEOUT)) {
      words.addAll(List.of("--timeout", SystemGrading.describe(timeout)));
    }
    if (!checkTimeout.equals(CheckGuard.DEFAULT_TIME_LIMIT)) {
      words.addAll(List.of("--check-timeout", SystemGrading.describe(checkTimeout)));
    }
    if (!heap.equals(DEFAULT_HEAP)) {
      words.addAll(List.of("--heap", heap));
    }
    return String.join(" ", words.stream().map(GradeCommand::quote).toList());
  }

  private static String quote(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
