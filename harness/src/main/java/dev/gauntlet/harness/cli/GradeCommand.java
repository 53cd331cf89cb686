package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.candidate.Candidate;
import dev.gauntlet.harness.candidate.CandidateResolver;
import dev.gauntlet.harness.candidate.ProjectBuilder;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.rubric.Rubrics;
import dev.gauntlet.harness.run.Catalog;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendSelection;
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

  /** The system whose services --backend, --redis-url and --jdbc-url choose. */
  static final String LEADERBOARD = "leaderboard";
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
      description = "Wall-clock limit of each worker, e.g. 90s, 10m (default: 10m).")
  Duration timeout = DEFAULT_TIMEOUT;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = DEFAULT_HEAP,
      description = "Maximum heap of each worker, as for -Xmx (default: ${DEFAULT-VALUE}).")
  String heap;

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

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!HEAP.matcher(heap).matches()) {
      throw new UserError("--heap '" + heap + "' is not a size (write e.g. 512m, 2g)", true);
    }
    long runSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
    Map<GradedSystem, List<CheckDescriptor>> plan = plan();
    Rubric rules = rubric == null ? Rubrics.defaults() : Rubrics.load(rubric, allCheckIds());
    BackendSelection.Kind backendKind = backendKind();
    new Summary(stdout).start(ManifestVersion.get(), runSeed);
    try (BackendSelection.Selected leaderboard = leaderboardBackend(plan, backendKind, stdout)) {
      Candidate candidate = new CandidateResolver(CandidateResolver.home(), builder)
          .resolve(impl, stdout);
      Map<String, BackendSelection.Selected> backends = new LinkedHashMap<>();
      if (leaderboard != null) {
        backends.put(LEADERBOARD, leaderboard);
      }
      Grading grading = new Grading(this, runSeed, candidate, rules, stdout,
          spec.commandLine().getErr(), backends);
      return grading.run(plan);
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
    if (!heap.equals(DEFAULT_HEAP)) {
      words.addAll(List.of("--heap", heap));
    }
    if (!backend.equals("auto")) {
      words.addAll(List.of("--backend", backend));
    }
    if (redisUrl != null) {
      words.addAll(List.of("--redis-url", redisUrl));
    }
    if (jdbcUrl != null) {
      words.addAll(List.of("--jdbc-url", jdbcUrl));
    }
    return String.join(" ", words.stream().map(GradeCommand::quote).toList());
  }

  private static String quote(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
