package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.harness.check.Seeds;
import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.Flakiness;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.testing.CourseSuites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An instructor's suite jar given with {@code --suites}: its checks run in the worker and score
 * like built-in ones, hidden from students; {@code --repeat} finds the seeds that fail a check
 * and never counts a check that could not decide as passed.
 */
class SuitesAndRepeatIT {

  @TempDir static Path temp;
  static Path jar;

  @BeforeAll
  static void compileTheSuites() throws Exception {
    jar = CourseSuites.jar(temp.resolve("suites"));
  }

  private static String[] args(String... more) {
    List<String> args = new ArrayList<>(List.of("grade", "--impl", "reference", "--system",
        "cache", "--suites", jar.toString(), "--check", "cache.store.model"));
    CourseSuites.ids().forEach(id -> args.addAll(List.of("--check", id)));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static String execute(int expectedExit, String... args) {
    CommandLine cli = Gauntlet.commandLine();
    StringWriter text = new StringWriter();
    cli.setOut(new PrintWriter(text, true));
    cli.setErr(new PrintWriter(text, true));
    int exit = cli.execute(args);
    System.out.println(text);
    assertEquals(expectedExit, exit, text.toString());
    return text.toString();
  }

  @Test
  void hiddenSuitesRunAndScoreLikeBuiltInOnesAndStayHidden() throws Exception {
    Path out = temp.resolve("hidden");
    execute(ExitCodes.SOME_FAILED, args("--seed", "2", "--out", out.toString(), "--format",
        "json,gradescope"));
    Path run;
    try (Stream<Path> runs = Files.list(out)) {
      run = runs.findFirst().orElseThrow();
    }
    RunReport report = ReportWriter.read(run.resolve("report.json"));
    List<String> ids = report.allChecks().stream().map(CheckReport::id).toList();
    assertEquals("cache.store.model", ids.get(0));
    assertEquals(CourseSuites.ids(), ids.subList(1, 4));
    CheckReport roundtrip = report.allChecks().get(1);
    assertEquals("passed", roundtrip.status(), roundtrip.message());
    assertEquals(4.0, roundtrip.points());
    assertEquals("hidden", roundtrip.visibility(), "students never see instructors' suites");
    assertEquals("visible", report.allChecks().get(0).visibility());
    CheckReport undecided = report.allChecks().get(3);
    assertEquals("unknown", undecided.status());
    assertEquals(0.0, undecided.points());
    assertEquals(3, undecided.maxPoints(), "an unknown check counts, and earns nothing");
    assertTrue(undecided.message().contains("gave up"), undecided.message());
    JsonNode tests = new ObjectMapper().readTree(run.resolve("results.json").toFile())
        .get("tests");
    assertEquals("hidden", tests.get(1).get("visibility").asText());
    assertEquals("failed", tests.get(3).get("status").asText());
    assertTrue(report.command().contains("--suites " + jar), report.command());
  }

  @Test
  void repeatReportsPassRatesFailingSeedsAndReplays() throws Exception {
    long first = firstSeedWithMixedParity();
    Path out = temp.resolve("repeat");
    String text = execute(ExitCodes.SOME_FAILED, args("--seed", Long.toString(first),
        "--repeat", "4", "--out", out.toString()));
    Path folder;
    try (Stream<Path> runs = Files.list(out)) {
      folder = runs.findFirst().orElseThrow();
    }
    Flakiness flakiness = new ObjectMapper().readValue(folder.resolve("flakiness.json").toFile(),
        Flakiness.class);
    List<Long> seeds = Repeats.seeds(first, 4);
    assertEquals(seeds, flakiness.seeds());
    Flakiness.CheckRuns seeded = flakiness.checks().stream()
        .filter(c -> c.id().equals(CourseSuites.SEEDED)).findFirst().orElseThrow();
    List<Long> failing = seeds.stream()
        .filter(s -> (Seeds.forCheck(s, CourseSuites.SEEDED) & 1) == 1).toList();
    assertEquals(failing, seeded.failures().stream().map(Flakiness.SeedFailure::seed).toList());
    assertEquals(4 - failing.size(), seeded.passed());
    assertTrue(seeded.flaky());
    for (Flakiness.SeedFailure f : seeded.failures()) {
      assertTrue(f.replay().contains("--seed " + f.seed() + " --check " + CourseSuites.SEEDED),
          f.replay());
      assertTrue(text.contains("replay: " + f.replay()), text);
    }
    Flakiness.CheckRuns undecided = flakiness.checks().stream()
        .filter(c -> c.id().equals(CourseSuites.UNDECIDED)).findFirst().orElseThrow();
    assertEquals(0, undecided.passed(), "unknown is never a pass");
    assertEquals(seeds, undecided.unknown());
    assertTrue(text.contains("[FLAKY] " + CourseSuites.SEEDED + "  " + (4 - failing.size())
        + "/4 passed"), text);
    assertTrue(text.contains("[PASS] cache.store.model  4/4 passed"), text);
    try (Stream<Path> runs = Files.list(folder)) {
      assertEquals(4, runs.filter(Files::isDirectory).count(), "a run folder per seed");
    }
  }

  /** A first seed whose four runs give the seeded check both even and odd seeds. */
  private static long firstSeedWithMixedParity() {
    for (long first = 1; ; first++) {
      List<Long> parities = Repeats.seeds(first, 4).stream()
          .map(s -> Seeds.forCheck(s, CourseSuites.SEEDED) & 1).distinct().toList();
      if (parities.size() == 2) {
        return first;
      }
    }
  }
}
