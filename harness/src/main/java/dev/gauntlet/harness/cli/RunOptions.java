package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.formats.Format;
import dev.gauntlet.harness.formats.Profile;
import dev.gauntlet.harness.guard.CheckGuard;
import dev.gauntlet.harness.rubric.Rubric;
import dev.gauntlet.harness.rubric.Rubrics;
import dev.gauntlet.harness.run.CheckDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The options of how to grade, shared by {@code grade} and {@code batch}. */
final class RunOptions {

  private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

  @Option(names = "--seed", paramLabel = "N",
      description = "The run's seed (default: a fresh one, always printed).")
  Long seed;

  @Option(names = "--check", paramLabel = "ID",
      description = "Run only this check (repeatable); see 'gauntlet list'.")
  List<String> checks = new ArrayList<>();

  @Option(names = "--rubric", paramLabel = "FILE",
      description = "A rubric (JSON or YAML) laid over the default one: points, category,"
          + " visibility and settings per check or group of checks.")
  Path rubric;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Wall-clock limit of grading each system, all its workers included,"
          + " e.g. 90s, 10m (default: 10m).")
  Duration timeout = GradeOptions.DEFAULT_TIMEOUT;

  @Option(names = "--check-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time limit of each check, e.g. 5s (default: 30s); a rubric setting"
          + " timeLimitSeconds overrides it for one check. A check past it times out and the"
          + " checks after it run in a fresh worker.")
  Duration checkTimeout = CheckGuard.DEFAULT_TIME_LIMIT;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = GradeOptions.DEFAULT_HEAP,
      description = "Maximum heap of each worker, as for -Xmx (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "Outputs to write (repeatable, or comma-separated): json, summary,"
          + " gradescope, junit, markdown, html, or all (default: json,summary). report.json is"
          + " always written; the others are views of it.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "default",
      converter = ProfileConverter.class,
      description = "default, or interview: candidate.* views show categories only, the"
          + " interviewer's views everything.")
  Profile profile;

  @Option(names = "--suites", paramLabel = "JAR",
      description = "A jar of the instructor's own @CheckSuite classes, run and scored like the"
          + " built-in suites, hidden from students by default (repeatable).")
  List<Path> suites = new ArrayList<>();

  /** Returns the seed given, or a fresh one. */
  long seedOrFresh() {
    return seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
  }

  /**
   * Returns the options of grading {@code impl}.
   *
   * @throws UserError for a bad heap size, format or suite jar
   */
  GradeOptions toGradeOptions(String impl) {
    if (!HEAP.matcher(heap).matches()) {
      throw new UserError("--heap '" + heap + "' is not a size (write e.g. 512m, 2g)", true);
    }
    Set<Format> chosen;
    try {
      chosen = formats.isEmpty() ? Format.DEFAULT : Format.parse(formats);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), true);
    }
    List<Path> jars = new ArrayList<>();
    for (Path jar : suites) {
      if (!Files.isRegularFile(jar)) {
        throw new UserError("--suites " + jar + " is not a file (give a jar of @CheckSuite"
            + " classes)", false);
      }
      jars.add(jar.toAbsolutePath().normalize());
    }
    return new GradeOptions(impl, checks, rubric, timeout, checkTimeout, heap, jars, chosen,
        profile, GradeOptions.DEFAULT_BACKEND, null, null);
  }

  /** Returns the rubric of a run: the default, with the --rubric file laid over it. */
  static Rubric rubric(Path file, List<Path> suites) {
    Rubric base = Rubrics.defaults();
    if (!suites.isEmpty()) {
      List<CheckDescriptor> builtIn = Planner.allChecks(List.of());
      base = base.overlay(Rubrics.hidden(Planner.allChecks(suites).stream()
          .filter(c -> !builtIn.contains(c)).toList()));
    }
    return file == null ? base : base.overlay(Rubrics.read(file, Planner.allChecks(suites)));
  }

  /** Reads {@code --profile}. */
  static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      for (Profile p : Profile.values()) {
        if (p.id().equals(value.trim().toLowerCase(java.util.Locale.ROOT))) {
          return p;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("unknown profile '" + value
          + "' (known: default, interview)");
    }
  }
}
