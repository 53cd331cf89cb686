package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.formats.Format;
import dev.gauntlet.harness.formats.Profile;
import dev.gauntlet.harness.guard.CheckGuard;
import dev.gauntlet.harness.worker.SystemGrading;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one grade asks for, as given on the command line; shared by {@code grade}, {@code batch}
 * and {@code --repeat}.
 *
 * @param impl the {@code --impl} argument as given
 * @param checks the {@code --check} ids (empty: all)
 * @param rubric the {@code --rubric} file, or null
 * @param timeout the wall-clock limit of grading each system, all its workers included
 * @param checkTimeout each check's time limit, unless the rubric sets one for it
 * @param heap each worker's maximum heap
 * @param suites instructors' suite jars ({@code --suites})
 * @param formats the outputs to write
 * @param profile who the views are for
 * @param backend the leaderboard's {@code --backend} as given ({@code auto} by default)
 * @param redisUrl the leaderboard's {@code --redis-url}, or null
 * @param jdbcUrl the leaderboard's {@code --jdbc-url}, or null
 */
record GradeOptions(String impl, List<String> checks, Path rubric, Duration timeout,
    Duration checkTimeout, String heap, List<Path> suites, Set<Format> formats, Profile profile,
    String backend, String redisUrl, String jdbcUrl) {

  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
  static final String DEFAULT_HEAP = "512m";

  static final String DEFAULT_BACKEND = "auto";

  GradeOptions {
    checks = List.copyOf(checks);
    suites = List.copyOf(suites);
    formats = Set.copyOf(formats);
  }

  /** Returns these options grading {@code otherImpl} instead. */
  GradeOptions withImpl(String otherImpl) {
    return new GradeOptions(otherImpl, checks, rubric, timeout, checkTimeout, heap, suites,
        formats, profile, backend, redisUrl, jdbcUrl);
  }

  /** Returns these options writing {@code otherFormats} instead. */
  GradeOptions withFormats(Set<Format> otherFormats) {
    return new GradeOptions(impl, checks, rubric, timeout, checkTimeout, heap, suites,
        otherFormats, profile, backend, redisUrl, jdbcUrl);
  }

  /** Returns these options with the leaderboard's services chosen as given. */
  GradeOptions withBackend(String otherBackend, String otherRedisUrl, String otherJdbcUrl) {
    return new GradeOptions(impl, checks, rubric, timeout, checkTimeout, heap, suites, formats,
        profile, otherBackend, otherRedisUrl, otherJdbcUrl);
  }

  /** Returns the command that reproduces a run, with {@code checkIds} in place of --check. */
  String command(long seed, List<String> systemIds, List<String> checkIds) {
    List<String> words = new ArrayList<>(List.of("./gauntlet", "grade", "--impl", impl));
    systemIds.forEach(s -> words.addAll(List.of("--system", s)));
    words.addAll(List.of("--seed", Long.toString(seed)));
    checkIds.forEach(c -> words.addAll(List.of("--check", c)));
    if (rubric != null) {
      words.addAll(List.of("--rubric", rubric.toString()));
    }
    suites.forEach(s -> words.addAll(List.of("--suites", s.toString())));
    if (!timeout.equals(DEFAULT_TIMEOUT)) {
      words.addAll(List.of("--timeout", SystemGrading.describe(timeout)));
    }
    if (!checkTimeout.equals(CheckGuard.DEFAULT_TIME_LIMIT)) {
      words.addAll(List.of("--check-timeout", SystemGrading.describe(checkTimeout)));
    }
    if (!heap.equals(DEFAULT_HEAP)) {
      words.addAll(List.of("--heap", heap));
    }
    if (backend != null && !backend.equals(DEFAULT_BACKEND)) {
      words.addAll(List.of("--backend", backend));
    }
    if (redisUrl != null) {
      words.addAll(List.of("--redis-url", redisUrl));
    }
    if (jdbcUrl != null) {
      words.addAll(List.of("--jdbc-url", jdbcUrl));
    }
    return String.join(" ", words.stream().map(GradeOptions::quote).toList());
  }

  private static String quote(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
